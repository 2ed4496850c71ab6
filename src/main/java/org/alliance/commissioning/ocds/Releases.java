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
import org.alliance.commissioning.register.Contract.Document;
import org.alliance.commissioning.register.Contract.ExtensionOption;
import org.alliance.commissioning.register.Contract.FundingSource;
import org.alliance.commissioning.register.Contract.Provider;
import org.alliance.commissioning.register.Contract.YearValue;
import org.alliance.commissioning.register.CouncilShare;
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

  Releases(JdbcClient jdbc, Organisations organisations) {
    this.jdbc = jdbc;
    this.organisations = organisations;
  }

  @Transactional(readOnly = true)
  Snapshot snapshot() {
    Map<UUID, List<Provider>> providers = new HashMap<>();
    Map<UUID, List<CouncilShare>> shares = new HashMap<>();
    Map<UUID, List<ExtensionOption>> options = new HashMap<>();
    Map<UUID, List<YearValue>> values = new HashMap<>();
    Map<UUID, List<FundingSource>> funding = new HashMap<>();
    Map<UUID, List<Document>> documents = new HashMap<>();
    Map<UUID, List<String>> services = new HashMap<>();
    each(
        "select contract_id, id, name, organisation_id, role from commissioning.contract_provider"
            + " order by contract_id, position",
        rs ->
            add(
                providers,
                rs,
                new Provider(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getString("role"))));
    each(
        "select contract_id, council_id, percent from commissioning.contract_council"
            + " order by contract_id, percent, council_id",
        rs ->
            add(
                shares,
                rs,
                new CouncilShare(
                    rs.getObject("council_id", UUID.class), rs.getBigDecimal("percent"))));
    each(
        "select contract_id, id, position, months, decide_by, state, decided_on"
            + " from commissioning.extension_option order by contract_id, position",
        rs ->
            add(
                options,
                rs,
                new ExtensionOption(
                    rs.getObject("id", UUID.class),
                    rs.getInt("position"),
                    rs.getInt("months"),
                    rs.getObject("decide_by", LocalDate.class),
                    rs.getString("state"),
                    rs.getObject("decided_on", LocalDate.class))));
    each(
        "select contract_id, financial_year, amount from commissioning.contract_value"
            + " order by contract_id, financial_year",
        rs ->
            add(
                values,
                rs,
                new YearValue(rs.getInt("financial_year"), rs.getBigDecimal("amount"))));
    each(
        "select contract_id, id, financial_year, kind, name, amount, council_id, level"
            + " from commissioning.funding_source"
            + " order by contract_id, financial_year, created_at, id",
        rs ->
            add(
                funding,
                rs,
                new FundingSource(
                    rs.getObject("id", UUID.class),
                    rs.getInt("financial_year"),
                    rs.getString("kind"),
                    rs.getString("name"),
                    rs.getBigDecimal("amount"),
                    rs.getObject("council_id", UUID.class),
                    rs.getString("level"))));
    each(
        "select contract_id, id, title, url from commissioning.contract_document"
            + " order by contract_id, added_at, id",
        rs ->
            add(
                documents,
                rs,
                new Document(
                    rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("url"))));
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
    List<Entry> entries = new ArrayList<>();
    each(
        """
        select id, reference, service, description, status, start_on, end_on, notice_months,
               host_council_id, version, updated_at
          from commissioning.contract
         order by reference
        """,
        rs -> {
          UUID id = rs.getObject("id", UUID.class);
          Contract contract =
              new Contract(
                  id,
                  rs.getString("reference"),
                  rs.getString("service"),
                  rs.getString("description"),
                  rs.getString("status"),
                  rs.getObject("start_on", LocalDate.class),
                  rs.getObject("end_on", LocalDate.class),
                  rs.getInt("notice_months"),
                  rs.getObject("host_council_id", UUID.class),
                  rs.getInt("version"),
                  providers.getOrDefault(id, List.of()),
                  shares.getOrDefault(id, List.of()),
                  options.getOrDefault(id, List.of()),
                  values.getOrDefault(id, List.of()),
                  funding.getOrDefault(id, List.of()),
                  documents.getOrDefault(id, List.of()),
                  services.getOrDefault(id, List.of()));
          entries.add(
              new Entry(
                  contract, rs.getObject("updated_at", OffsetDateTime.class), tenders.get(id)));
        });
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

  private static <T> void add(Map<UUID, List<T>> into, ResultSet rs, T item) throws SQLException {
    into.computeIfAbsent(rs.getObject("contract_id", UUID.class), k -> new ArrayList<>()).add(item);
  }
}
