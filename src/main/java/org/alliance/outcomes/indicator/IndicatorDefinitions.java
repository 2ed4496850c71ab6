package org.alliance.outcomes.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The indicators' definitions: each as the version in force on a given day, or all versions. */
@Component
public class IndicatorDefinitions {

  private static final String COLUMNS =
      """
      code, version, name, description, numerator, denominator, period, target, better,
      contract_id, valid_from, computed_from, caveat
      """;

  private final JdbcClient jdbc;

  IndicatorDefinitions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every indicator's definition in force on the day, by code. */
  public List<IndicatorDefinition> inForce(LocalDate day) {
    return jdbc.sql(
            "select distinct on (code) "
                + COLUMNS
                + " from outcomes.indicator where valid_from <= :day order by code, valid_from desc")
        .param("day", day)
        .query(IndicatorDefinitions::definition)
        .list();
  }

  public Optional<IndicatorDefinition> inForce(String code, LocalDate day) {
    return inForce(day).stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /** The indicator's first version, for figures from before it was in force. */
  public Optional<IndicatorDefinition> first(String code) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from outcomes.indicator where code = :code order by version limit 1")
        .param("code", code)
        .query(IndicatorDefinitions::definition)
        .optional();
  }

  private static IndicatorDefinition definition(ResultSet rs, int row) throws SQLException {
    return new IndicatorDefinition(
        rs.getString("code"),
        rs.getInt("version"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("numerator"),
        rs.getString("denominator"),
        Period.fromCode(rs.getString("period")).orElseThrow(),
        rs.getBigDecimal("target"),
        rs.getString("better"),
        rs.getObject("contract_id", UUID.class),
        rs.getObject("valid_from", LocalDate.class),
        rs.getString("computed_from"),
        rs.getString("caveat"));
  }
}
