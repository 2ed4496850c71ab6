package org.alliance.commissioning.ocds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.register.Contract;
import org.alliance.commissioning.register.Register;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a release package says, read with one query per table for every contract at once (nine
 * queries and the organisations, whatever the register's size), never one per contract. The
 * register's tables are read here directly, as the register's own reader does, so that a package is
 * one consistent snapshot (one read-only transaction) and its queries stay set-based.
 */
@Component
class Releases {

  /** A procurement of the contract, as much of it as a release tells. */
  record Tender(
      UUID id,
      String title,
      String routeCode,
      String routeName,
      String routeDescription,
      boolean competitive,
      String status,
      LocalDate startsOn,
      LocalDate awardDecidedOn,
      UUID awardedBidderId,
      List<Bidder> bidders) {}

  record Bidder(UUID id, String name) {}

  record Entry(Contract contract, OffsetDateTime updatedAt, Tender tender) {}

  record Snapshot(List<Entry> entries, Map<UUID, Organisation> organisations) {
    OffsetDateTime lastChange() {
      return entries.stream()
          .map(Entry::updatedAt)
          .max(OffsetDateTime::compareTo)
          .orElse(OffsetDateTime.parse("2000-01-01T00:00:00Z"));
    }
  }

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final Register register;

  Releases(JdbcClient jdbc, Organisations organisations, Register register) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.register = register;
  }

  @Transactional(readOnly = true)
  Snapshot snapshot() {
    Map<UUID, List<Bidder>> bidders = new HashMap<>();
    each(
        "select procurement_id, id, name from commissioning.bidder order by procurement_id,"
            + " created_at, id",
        rs ->
            bidders
                .computeIfAbsent(rs.getObject("procurement_id", UUID.class), k -> new ArrayList<>())
                .add(new Bidder(rs.getObject("id", UUID.class), rs.getString("name"))));
    Map<UUID, Tender> tenders = new HashMap<>();
    // A contract procured more than once is published with its latest procurement that was not
    // cancelled (or its latest, if every one was).
    each(
        """
        select distinct on (p.contract_id) p.contract_id, p.id, p.title, p.route_code, r.name,
               r.description, r.competitive, p.status, p.starts_on, p.award_decided_on,
               p.awarded_bidder_id
          from commissioning.procurement p
          join commissioning.procurement_route r on r.code = p.route_code
         where p.contract_id is not null
         order by p.contract_id, (p.status = 'cancelled'), p.created_at desc, p.id
        """,
        rs -> {
          UUID id = rs.getObject("id", UUID.class);
          tenders.put(
              rs.getObject("contract_id", UUID.class),
              new Tender(
                  id,
                  rs.getString("title"),
                  rs.getString("route_code"),
                  rs.getString("name"),
                  rs.getString("description"),
                  rs.getBoolean("competitive"),
                  rs.getString("status"),
                  rs.getObject("starts_on", LocalDate.class),
                  rs.getObject("award_decided_on", LocalDate.class),
                  rs.getObject("awarded_bidder_id", UUID.class),
                  bidders.getOrDefault(id, List.of())));
        });
    // The register reads its contracts; only when each last changed is open contracting's own.
    Map<UUID, OffsetDateTime> updated = new HashMap<>();
    each(
        "select id, updated_at from commissioning.contract",
        rs ->
            updated.put(
                rs.getObject("id", UUID.class), rs.getObject("updated_at", OffsetDateTime.class)));
    List<Entry> entries = new ArrayList<>();
    for (Contract contract : register.contracts()) {
      if (updated.containsKey(contract.id())) {
        entries.add(new Entry(contract, updated.get(contract.id()), tenders.get(contract.id())));
      }
    }
    entries.sort(java.util.Comparator.comparing(entry -> entry.contract().reference()));
    Map<UUID, Organisation> byId = new HashMap<>();
    organisations.all().forEach(o -> byId.put(o.id(), o));
    return new Snapshot(entries, byId);
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private void each(String sql, Row row) {
    jdbc.sql(sql).query((ResultSet rs) -> row.read(rs));
  }
}
