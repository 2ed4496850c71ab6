package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The grants beside the contracts: read whole, changed under their version, audited. */
@Component
class Grants {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Councils councils;

  Grants(JdbcClient jdbc, AuditLog audit, Councils councils) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.councils = councils;
  }

  record Details(
      String name,
      String shortName,
      String issuer,
      UUID hostCouncilId,
      String note,
      List<CouncilShare> shares) {}

  @Transactional(readOnly = true)
  List<Grant> all() {
    Map<UUID, List<CouncilShare>> shares = new HashMap<>();
    jdbc.sql(
            "select grant_id, council_id, percent from commissioning.grant_council order by grant_id, percent, council_id")
        .query(
            (java.sql.ResultSet rs) -> {
              shares
                  .computeIfAbsent(rs.getObject("grant_id", UUID.class), k -> new ArrayList<>())
                  .add(
                      new CouncilShare(
                          rs.getObject("council_id", UUID.class), rs.getBigDecimal("percent")));
            });
    Map<UUID, List<Contract.YearValue>> amounts = new HashMap<>();
    jdbc.sql(
            "select grant_id, financial_year, amount from commissioning.grant_amount order by grant_id, financial_year")
        .query(
            (java.sql.ResultSet rs) -> {
              amounts
                  .computeIfAbsent(rs.getObject("grant_id", UUID.class), k -> new ArrayList<>())
                  .add(
                      new Contract.YearValue(
                          rs.getInt("financial_year"), rs.getBigDecimal("amount")));
            });
    return jdbc.sql(
            """
            select id, name, short_name, issuer, host_council_id, note, version
              from commissioning.funding_grant order by created_at, name
            """)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new Grant(
                  id,
                  rs.getString("name"),
                  rs.getString("short_name"),
                  rs.getString("issuer"),
                  rs.getObject("host_council_id", UUID.class),
                  rs.getString("note"),
                  rs.getInt("version"),
                  shares.getOrDefault(id, List.of()),
                  amounts.getOrDefault(id, List.of()));
            })
        .list();
  }

  @Transactional(readOnly = true)
  Grant get(UUID id) {
    return all().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow(NotFound::new);
  }

  @Transactional
  UUID create(Details details) {
    for (CouncilShare share : details.shares()) {
      if (!councils.isCouncil(share.councilId())) {
        throw new RegisterProblem("shares", "Choose councils from the list");
      }
    }
    String problem = Split.problem(details.shares(), details.hostCouncilId());
    if (problem != null) {
      throw new RegisterProblem(problem.contains("host") ? "host" : "shares", problem);
    }
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into commissioning.funding_grant (name, short_name, issuer,
                    host_council_id, note)
                  values (:name, :short, :issuer, :host, :note)
                  returning id
                  """)
              .param("name", details.name())
              .param("short", details.shortName())
              .param("issuer", details.issuer())
              .param("host", details.hostCouncilId())
              .param("note", details.note())
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException taken) {
      throw new RegisterProblem("name", "Another grant already has this name");
    }
    for (CouncilShare share : details.shares()) {
      jdbc.sql(
              """
              insert into commissioning.grant_council (grant_id, council_id, percent)
              values (:id, :council, :percent)
              """)
          .param("id", id)
          .param("council", share.councilId())
          .param("percent", share.percent())
          .update();
    }
    audit.record(
        AuditEntry.of("commissioning.grant.created", "grant", id).withDetail(details.shortName()));
    return id;
  }

  @Transactional
  void setAmount(UUID id, int version, int year, BigDecimal amount) {
    get(id);
    int changed =
        jdbc.sql(
                """
                update commissioning.funding_grant set version = version + 1
                 where id = :id and version = :version
                """)
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleChange("grant");
    }
    jdbc.sql(
            """
            insert into commissioning.grant_amount (grant_id, financial_year, amount)
            values (:id, :year, :amount)
            on conflict (grant_id, financial_year) do update set amount = excluded.amount
            """)
        .param("id", id)
        .param("year", year)
        .param("amount", amount)
        .update();
    audit.record(
        AuditEntry.of("commissioning.grant.amount-set", "grant", id)
            .withDetail(FinancialYear.label(year) + " " + Pounds.format(amount)));
  }
}
