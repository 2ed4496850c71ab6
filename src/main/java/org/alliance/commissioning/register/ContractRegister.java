package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.commissioning.register.Contract.Document;
import org.alliance.commissioning.register.Contract.ExtensionOption;
import org.alliance.commissioning.register.Contract.FundingSource;
import org.alliance.commissioning.register.Contract.Provider;
import org.alliance.commissioning.register.Contract.YearValue;
import org.alliance.directory.ServiceLookup;
import org.alliance.web.FormFields;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract register: reads whole contracts (a query per table for all of them at once, never
 * one per contract) and makes every change under the contract's {@code version}, which each change
 * moves on, audited in the same transaction.
 */
@Component
class ContractRegister {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Councils councils;
  private final ServiceLookup directory;

  ContractRegister(JdbcClient jdbc, AuditLog audit, Councils councils, ServiceLookup directory) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.councils = councils;
    this.directory = directory;
  }

  /** A contract's own details as checked from the add or edit form. */
  record Details(
      String reference,
      String service,
      String description,
      String status,
      LocalDate startOn,
      LocalDate endOn,
      int noticeMonths,
      List<CouncilShare> shares,
      UUID hostCouncilId) {}

  // ---- reading ----

  @Transactional(readOnly = true)
  List<Contract> all() {
    return load((UUID[]) null);
  }

  @Transactional(readOnly = true)
  Optional<Contract> find(UUID id) {
    return load(id).stream().findFirst();
  }

  @Transactional(readOnly = true)
  Contract get(UUID id) {
    return find(id).orElseThrow(NotFound::new);
  }

  /**
   * These contracts in full, in the order given: the register's page reads only the contracts it
   * shows, so a register of thousands answers as fast as one of seven.
   */
  @Transactional(readOnly = true)
  List<Contract> some(List<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, Contract> byId = new HashMap<>();
    for (Contract contract : load(ids.toArray(UUID[]::new))) {
      byId.put(contract.id(), contract);
    }
    return ids.stream().map(byId::get).filter(c -> c != null).toList();
  }

  /** A contract as the register's list needs it to filter, count and total: no detail. */
  record Entry(
      UUID id,
      String service,
      String status,
      UUID hostCouncilId,
      BigDecimal value,
      List<CouncilShare> shares) {}

  /**
   * Every contract's entry for a year, in the register's order (service, then reference): two
   * narrow queries whatever the register holds.
   */
  @Transactional(readOnly = true)
  List<Entry> entries(int year) {
    Map<UUID, List<CouncilShare>> shares = new HashMap<>();
    jdbc.sql(
            "select contract_id, council_id, percent from commissioning.contract_council"
                + " order by contract_id, percent, council_id")
        .query(
            (ResultSet rs) -> {
              add(
                  shares,
                  rs,
                  new CouncilShare(
                      rs.getObject("council_id", UUID.class), rs.getBigDecimal("percent")));
            });
    return jdbc.sql(
            """
            select c.id, c.service, c.status, c.host_council_id, v.amount
              from commissioning.contract c
              left join commissioning.contract_value v
                on v.contract_id = c.id and v.financial_year = :year
             order by lower(c.service), c.reference
            """)
        .param("year", year)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new Entry(
                  id,
                  rs.getString("service"),
                  rs.getString("status"),
                  rs.getObject("host_council_id", UUID.class),
                  rs.getBigDecimal("amount"),
                  shares.getOrDefault(id, List.of()));
            })
        .list();
  }

  /**
   * The register's version, moved on by every statement that changes a contract, its shares or its
   * values (on any node: a trigger moves it). Read it before the data worked out under it, so that
   * what is kept under a version is never older than the version says.
   */
  long version() {
    return jdbc.sql("select version from commissioning.register_version")
        .query(Long.class)
        .single();
  }

  /** The financial years any contract has a value for. */
  @Transactional(readOnly = true)
  List<Integer> years() {
    return jdbc.sql("select distinct financial_year from commissioning.contract_value order by 1")
        .query(Integer.class)
        .list();
  }

  private List<Contract> load(UUID only) {
    return load(only == null ? null : new UUID[] {only});
  }

  private List<Contract> load(UUID[] only) {
    String where = only == null ? "" : " where contract_id = any(:only)";
    Map<UUID, List<Provider>> providers = new HashMap<>();
    Map<UUID, List<CouncilShare>> shares = new HashMap<>();
    Map<UUID, List<ExtensionOption>> options = new HashMap<>();
    Map<UUID, List<YearValue>> values = new HashMap<>();
    Map<UUID, List<FundingSource>> funding = new HashMap<>();
    Map<UUID, List<Document>> documents = new HashMap<>();
    Map<UUID, List<String>> services = new HashMap<>();
    query(
        "select contract_id, id, name, organisation_id, role from commissioning.contract_provider"
            + where
            + " order by contract_id, position",
        only,
        rs ->
            add(
                providers,
                rs,
                new Provider(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getObject("organisation_id", UUID.class),
                    rs.getString("role"))));
    query(
        "select contract_id, council_id, percent from commissioning.contract_council"
            + where
            + " order by contract_id, percent, council_id",
        only,
        rs ->
            add(
                shares,
                rs,
                new CouncilShare(
                    rs.getObject("council_id", UUID.class), rs.getBigDecimal("percent"))));
    query(
        "select contract_id, id, position, months, decide_by, state, decided_on"
            + " from commissioning.extension_option"
            + where
            + " order by contract_id, position",
        only,
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
    query(
        "select contract_id, financial_year, amount from commissioning.contract_value"
            + where
            + " order by contract_id, financial_year",
        only,
        rs ->
            add(
                values,
                rs,
                new YearValue(rs.getInt("financial_year"), rs.getBigDecimal("amount"))));
    query(
        "select contract_id, id, financial_year, kind, name, amount, council_id, level"
            + " from commissioning.funding_source"
            + where
            + " order by contract_id, financial_year, created_at, id",
        only,
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
    query(
        "select contract_id, id, title, url from commissioning.contract_document"
            + where
            + " order by contract_id, added_at, id",
        only,
        rs ->
            add(
                documents,
                rs,
                new Document(
                    rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("url"))));
    query(
        "select contract_id, directory_service_id from commissioning.contract_service"
            + where
            + " order by contract_id, directory_service_id",
        only,
        rs -> add(services, rs, rs.getString("directory_service_id")));
    var sql =
        jdbc.sql(
            """
            select id, reference, service, description, status, start_on, end_on, notice_months,
                   host_council_id, version
              from commissioning.contract
            """
                + (only == null ? "" : " where id = any(:only)")
                + " order by lower(service), reference");
    if (only != null) {
      sql = sql.param("only", only);
    }
    return sql.query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new Contract(
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
            })
        .list();
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, UUID[] only, Row row) {
    var statement = jdbc.sql(sql);
    if (only != null) {
      statement = statement.param("only", only);
    }
    statement.query(
        (ResultSet rs) -> {
          row.read(rs);
        });
  }

  private static <T> void add(Map<UUID, List<T>> into, ResultSet rs, T item) throws SQLException {
    into.computeIfAbsent(rs.getObject("contract_id", UUID.class), k -> new ArrayList<>()).add(item);
  }

  // ---- changing ----

  @Transactional
  UUID create(
      Details details, String firstProvider, String providerRole, BigDecimal value, Integer year) {
    checkCouncils(details.shares(), details.hostCouncilId());
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into commissioning.contract (reference, service, description, status,
                    start_on, end_on, notice_months, host_council_id)
                  values (:reference, :service, :description, :status, :start, :end, :notice, :host)
                  returning id
                  """)
              .param("reference", details.reference())
              .param("service", details.service())
              .param("description", details.description())
              .param("status", details.status())
              .param("start", details.startOn())
              .param("end", details.endOn())
              .param("notice", details.noticeMonths())
              .param("host", details.hostCouncilId())
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException taken) {
      throw new RegisterProblem("reference", "Another contract already has this reference");
    }
    writeShares(id, details.shares());
    if (firstProvider != null) {
      insertProvider(id, firstProvider, null, providerRole);
    }
    if (value != null && year != null) {
      jdbc.sql(
              """
              insert into commissioning.contract_value (contract_id, financial_year, amount)
              values (:id, :year, :amount)
              """)
          .param("id", id)
          .param("year", year)
          .param("amount", value)
          .update();
    }
    audit.record(
        AuditEntry.of("commissioning.contract.created", "contract", id)
            .withDetail(details.reference()));
    return id;
  }

  @Transactional
  void update(UUID id, int version, Details details) {
    get(id);
    checkCouncils(details.shares(), details.hostCouncilId());
    int changed;
    try {
      changed =
          jdbc.sql(
                  """
                  update commissioning.contract
                     set reference = :reference, service = :service, description = :description,
                         status = :status, start_on = :start, end_on = :end,
                         notice_months = :notice, host_council_id = :host,
                         version = version + 1, updated_at = now()
                   where id = :id and version = :version
                  """)
              .param("id", id)
              .param("version", version)
              .param("reference", details.reference())
              .param("service", details.service())
              .param("description", details.description())
              .param("status", details.status())
              .param("start", details.startOn())
              .param("end", details.endOn())
              .param("notice", details.noticeMonths())
              .param("host", details.hostCouncilId())
              .update();
    } catch (DuplicateKeyException taken) {
      throw new RegisterProblem("reference", "Another contract already has this reference");
    }
    if (changed == 0) {
      throw new StaleChange("contract");
    }
    jdbc.sql("delete from commissioning.contract_council where contract_id = :id")
        .param("id", id)
        .update();
    writeShares(id, details.shares());
    audit.record(
        AuditEntry.of("commissioning.contract.updated", "contract", id)
            .withDetail(details.reference()));
  }

  private void checkCouncils(List<CouncilShare> shares, UUID host) {
    for (CouncilShare share : shares) {
      if (!councils.isCouncil(share.councilId())) {
        throw new RegisterProblem("shares", "Choose councils from the list");
      }
    }
    String problem = Split.problem(shares, host);
    if (problem != null) {
      throw new RegisterProblem(problem.contains("host") ? "host" : "shares", problem);
    }
  }

  private void writeShares(UUID id, List<CouncilShare> shares) {
    for (CouncilShare share : shares) {
      jdbc.sql(
              """
              insert into commissioning.contract_council (contract_id, council_id, percent)
              values (:id, :council, :percent)
              """)
          .param("id", id)
          .param("council", share.councilId())
          .param("percent", share.percent())
          .update();
    }
  }

  /** Moves the contract's version on, or says someone else got there first. */
  private void touch(UUID id, int version) {
    get(id);
    int changed =
        jdbc.sql(
                """
                update commissioning.contract set version = version + 1, updated_at = now()
                 where id = :id and version = :version
                """)
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleChange("contract");
    }
  }

  @Transactional
  void setValue(UUID id, int version, int year, BigDecimal amount) {
    touch(id, version);
    jdbc.sql(
            """
            insert into commissioning.contract_value (contract_id, financial_year, amount)
            values (:id, :year, :amount)
            on conflict (contract_id, financial_year) do update set amount = excluded.amount
            """)
        .param("id", id)
        .param("year", year)
        .param("amount", amount)
        .update();
    audit.record(
        AuditEntry.of("commissioning.contract.value-set", "contract", id)
            .withDetail(FinancialYear.label(year) + " " + Pounds.format(amount)));
  }

  @Transactional
  void addProvider(UUID id, int version, String name, UUID organisationId, String role) {
    touch(id, version);
    if (organisationId != null && !councils.exists(organisationId)) {
      throw new RegisterProblem("providerOrganisation", "Choose an organisation from the list");
    }
    insertProvider(id, name, organisationId, role);
    audit.record(
        AuditEntry.of("commissioning.contract.provider-added", "contract", id).withDetail(role));
  }

  private void insertProvider(UUID id, String name, UUID organisationId, String role) {
    jdbc.sql(
            """
            insert into commissioning.contract_provider (contract_id, position, name,
              organisation_id, role)
            select :id, coalesce(max(position), 0) + 1, :name, :organisation, :role
              from commissioning.contract_provider where contract_id = :id
            """)
        .param("id", id)
        .param("name", name)
        .param("organisation", organisationId)
        .param("role", role)
        .update();
  }

  @Transactional
  void addOption(UUID id, int version, int months, LocalDate decideBy) {
    touch(id, version);
    Integer count =
        jdbc.sql("select count(*) from commissioning.extension_option where contract_id = :id")
            .param("id", id)
            .query(Integer.class)
            .single();
    if (count >= 20) {
      throw new RegisterProblem("optionMonths", "A contract can have at most 20 options");
    }
    jdbc.sql(
            """
            insert into commissioning.extension_option (contract_id, position, months, decide_by)
            values (:id, :position, :months, :decideBy)
            """)
        .param("id", id)
        .param("position", count + 1)
        .param("months", months)
        .param("decideBy", decideBy)
        .update();
    audit.record(
        AuditEntry.of("commissioning.contract.option-added", "contract", id)
            .withDetail(months + " months"));
  }

  /**
   * Takes or declines an option. Options are decided in order: an earlier open option must be
   * decided first, since taking one extends the term from the end the one before left. Taking one
   * moves the contract's end date on by its length; declining one leaves the end where it is and
   * drops it (and so the options after it, which the register keeps open for the record) from the
   * furthest end.
   */
  @Transactional
  void decideOption(UUID id, int version, UUID optionId, boolean take, LocalDate today) {
    Contract contract = get(id);
    ExtensionOption option =
        contract.options().stream()
            .filter(o -> o.id().equals(optionId))
            .findFirst()
            .orElseThrow(NotFound::new);
    if (!option.open()) {
      throw new RegisterProblem("decision", "This option is already decided");
    }
    if (contract.options().stream().anyMatch(o -> o.open() && o.position() < option.position())) {
      throw new RegisterProblem("decision", "Decide the earlier option first");
    }
    if (take
        && contract.options().stream()
            .anyMatch(o -> "declined".equals(o.state()) && o.position() < option.position())) {
      throw new RegisterProblem(
          "decision", "An earlier option was declined, so the term cannot be extended further");
    }
    touch(id, version);
    jdbc.sql(
            """
            update commissioning.extension_option set state = :state, decided_on = :today
             where id = :option and contract_id = :id
            """)
        .param("state", take ? "taken" : "declined")
        .param("today", today)
        .param("option", optionId)
        .param("id", id)
        .update();
    if (take) {
      jdbc.sql("update commissioning.contract set end_on = :end where id = :id")
          .param("end", option.extend(contract.endOn()))
          .param("id", id)
          .update();
    }
    audit.record(
        AuditEntry.of(
                "commissioning.contract.option-" + (take ? "taken" : "declined"), "contract", id)
            .withDetail("option " + option.position()));
  }

  @Transactional
  void addFunding(
      UUID id,
      int version,
      int year,
      String kind,
      String name,
      BigDecimal amount,
      UUID councilId,
      String level) {
    touch(id, version);
    if (councilId != null && !councils.isCouncil(councilId)) {
      throw new RegisterProblem("fundingCouncil", "Choose a council from the list, or none");
    }
    jdbc.sql(
            """
            insert into commissioning.funding_source (contract_id, financial_year, kind, name,
              amount, council_id, level)
            values (:id, :year, :kind, :name, :amount, :council, :level)
            """)
        .param("id", id)
        .param("year", year)
        .param("kind", kind)
        .param("name", name)
        .param("amount", amount)
        .param("council", councilId)
        .param("level", level)
        .update();
    audit.record(
        AuditEntry.of("commissioning.contract.funding-added", "contract", id)
            .withDetail(FinancialYear.label(year) + " " + kind + " " + Pounds.format(amount)));
  }

  @Transactional
  void addDocument(UUID id, int version, String title, String url) {
    touch(id, version);
    jdbc.sql(
            """
            insert into commissioning.contract_document (contract_id, title, url)
            values (:id, :title, :url)
            """)
        .param("id", id)
        .param("title", title)
        .param("url", url)
        .update();
    audit.record(AuditEntry.of("commissioning.contract.document-added", "contract", id));
  }

  /**
   * Links a directory service the contract pays for; one the directory does not list is refused.
   */
  @Transactional
  void linkService(UUID id, int version, String serviceId) {
    if (directory.service(serviceId).isEmpty()) {
      throw new RegisterProblem("serviceId", "The directory has no service with this id");
    }
    touch(id, version);
    jdbc.sql(
            """
            insert into commissioning.contract_service (contract_id, directory_service_id)
            values (:id, :service) on conflict do nothing
            """)
        .param("id", id)
        .param("service", serviceId)
        .update();
    audit.record(
        AuditEntry.of("commissioning.contract.service-linked", "contract", id)
            .withDetail(serviceId));
  }

  /** A part of a contract that can be taken off it again, as the contract page names it. */
  enum Part {
    PROVIDER("provider-removed", "providers"),
    FUNDING("funding-removed", "funding"),
    DOCUMENT("document-removed", "documents"),
    SERVICE("service-unlinked", "services");

    final String auditAction;
    final String anchor;

    Part(String auditAction, String anchor) {
      this.auditAction = auditAction;
      this.anchor = anchor;
    }

    /** The part a form names ("provider", "funding", ...), or null for anything else. */
    static Part named(String name) {
      for (Part part : values()) {
        if (part.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
          return part;
        }
      }
      return null;
    }
  }

  /**
   * Takes a provider, funding source, document or linked service off the contract: a mistake is put
   * right by removing it and adding it again. Only a part of this contract, at the version the page
   * showed; audited with what was removed.
   */
  @Transactional
  void remove(UUID id, int version, Part part, String partId) {
    touch(id, version);
    UUID partUuid = part == Part.SERVICE ? null : FormFields.uuid(partId);
    String removed =
        switch (part) {
          case PROVIDER ->
              removed(
                  "delete from commissioning.contract_provider where contract_id = :id"
                      + " and id = :part returning role",
                  id,
                  partUuid);
          case FUNDING ->
              removed(
                  "delete from commissioning.funding_source where contract_id = :id"
                      + " and id = :part returning financial_year || ' ' || kind || ' ' || amount",
                  id,
                  partUuid);
          case DOCUMENT ->
              removed(
                  "delete from commissioning.contract_document where contract_id = :id"
                      + " and id = :part returning title",
                  id,
                  partUuid);
          case SERVICE ->
              removed(
                  "delete from commissioning.contract_service where contract_id = :id"
                      + " and directory_service_id = :part returning directory_service_id",
                  id,
                  partId);
        };
    if (removed == null) {
      // Another contract's part, one already removed, or no id at all: nothing of this contract.
      throw new RegisterProblem(part.anchor, "That is not on this contract any more");
    }
    audit.record(
        AuditEntry.of("commissioning.contract." + part.auditAction, "contract", id)
            .withDetail(removed));
  }

  private String removed(String sql, UUID id, Object part) {
    if (part == null) {
      return null;
    }
    return jdbc.sql(sql)
        .param("id", id)
        .param("part", part)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /** The directory's current name of each linked service, or null when it is no longer listed. */
  Map<String, String> serviceNames(Collection<String> ids) {
    Map<String, String> names = new HashMap<>();
    for (String id : ids) {
      names.put(id, directory.service(id).map(s -> s.name()).orElse(null));
    }
    return names;
  }
}
