package org.alliance.commissioning.options;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.register.Contract;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the register's contracts and their extension options for the timeline: two queries, every
 * contract whatever its status or dates (an ended contract is part of the picture a committee
 * needs, and the timeline must never hide a contract because of the range drawn).
 */
@Component
class Timelines {

  /** The most years the chart spans; a longer range asked for is cut to this from its start. */
  static final int MOST_YEARS = 40;

  private final JdbcClient jdbc;

  Timelines(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  Timeline timeline(Integer from, Integer to, LocalDate today) {
    Map<UUID, List<Contract.ExtensionOption>> options = new HashMap<>();
    jdbc.sql(
            """
            select contract_id, id, position, months, decide_by, state, decided_on
              from commissioning.extension_option
             order by contract_id, position
            """)
        .query(
            rs -> {
              options
                  .computeIfAbsent(rs.getObject("contract_id", UUID.class), k -> new ArrayList<>())
                  .add(
                      new Contract.ExtensionOption(
                          rs.getObject("id", UUID.class),
                          rs.getInt("position"),
                          rs.getInt("months"),
                          rs.getObject("decide_by", LocalDate.class),
                          rs.getString("state"),
                          rs.getObject("decided_on", LocalDate.class)));
            });
    List<Timeline.Row> rows =
        jdbc.sql(
                """
                select id, reference, service, status, start_on, end_on
                  from commissioning.contract
                 order by end_on, lower(service), reference
                """)
            .query(
                (rs, n) -> {
                  UUID id = rs.getObject("id", UUID.class);
                  return new Timeline.Row(
                      new Contract(
                          id,
                          rs.getString("reference"),
                          rs.getString("service"),
                          null,
                          rs.getString("status"),
                          rs.getObject("start_on", LocalDate.class),
                          rs.getObject("end_on", LocalDate.class),
                          0,
                          null,
                          0,
                          List.of(),
                          List.of(),
                          options.getOrDefault(id, List.of()),
                          List.of(),
                          List.of(),
                          List.of(),
                          List.of()));
                })
            .list();
    int first =
        from != null
            ? from
            : rows.stream()
                .mapToInt(r -> r.contract().startOn().getYear())
                .min()
                .orElse(today.getYear());
    int last =
        to != null
            ? to
            : rows.stream()
                .mapToInt(r -> r.contract().furthestEnd().getYear())
                .max()
                .orElse(today.getYear() + 5);
    if (last < first) {
      last = first;
    }
    if (last - first >= MOST_YEARS) {
      last = first + MOST_YEARS - 1;
    }
    return new Timeline(first, last, today, rows);
  }
}
