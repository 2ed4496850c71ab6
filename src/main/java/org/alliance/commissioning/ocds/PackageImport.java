package org.alliance.commissioning.ocds;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.commissioning.OpenContracting.ImportReport;
import org.alliance.commissioning.register.Contract.FundingSource;
import org.alliance.commissioning.register.CouncilShare;
import org.alliance.commissioning.register.FinancialYear;
import org.alliance.commissioning.register.Split;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.OrganisationDetails;
import org.alliance.organisation.OrganisationType;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an OCDS release package into the register, all or nothing. The file must be valid against
 * the release package schema; the releases of each ocid are merged in date order (OCDS's merge:
 * objects field by field, arrays of objects by id, anything else replaced) into one contract. What
 * the register keeps, and what it cannot, is reported; the mapping is the export's, read backwards
 * (docs/ARCHITECTURE.md, "Open contracting"). Anything the register would refuse from its own forms
 * (too long, a NUL character, a link that is not https, shares not totalling 100%) is a problem
 * here too, and one problem refuses the whole file.
 */
@Component
class PackageImport {

  /** Larger than any register's package; beyond it a file is refused before it is parsed. */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");

  /**
   * Paths the register keeps (a path kept keeps everything under it). Anything else in a release is
   * reported as not kept. Release ids, dates, tags and the language are the package's own
   * bookkeeping, written afresh on export.
   */
  private static final Set<String> KEPT =
      Set.of(
          "ocid",
          "id",
          "date",
          "tag",
          "initiationType",
          "language",
          "buyer",
          "parties[].id",
          "parties[].name",
          "parties[].roles",
          "parties[].details.sharePercent",
          "parties[].details.host",
          "parties[].details.providerRole",
          "planning.budget.budgetBreakdown",
          "planning.documents[].title",
          "planning.documents[].url",
          "tender.id",
          "tender.title",
          "tender.status",
          "tender.procuringEntity",
          "tender.contractPeriod",
          "tender.hasRenewal",
          "tender.renewal",
          "tender.documents[].title",
          "tender.documents[].url",
          "awards[].id",
          "awards[].status",
          "awards[].value",
          "awards[].suppliers",
          "awards[].contractPeriod",
          "awards[].documents[].title",
          "awards[].documents[].url",
          "contracts[].id",
          "contracts[].awardID",
          "contracts[].title",
          "contracts[].description",
          "contracts[].status",
          "contracts[].registerStatus",
          "contracts[].period",
          "contracts[].value",
          "contracts[].noticePeriodMonths",
          "contracts[].extensionOptions",
          "contracts[].documents[].title",
          "contracts[].documents[].url",
          "contracts[].implementation.documents[].title",
          "contracts[].implementation.documents[].url");

  private final OcdsSchema schema;
  private final OcdsSettings settings;
  private final Organisations organisations;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  PackageImport(
      OcdsSchema schema,
      OcdsSettings settings,
      Organisations organisations,
      JdbcClient jdbc,
      AuditLog audit,
      TransactionTemplate transaction) {
    this.schema = schema;
    this.settings = settings;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.audit = audit;
    this.transaction = transaction;
  }

  // ---- what one contract becomes ----

  /** A council named by the package: one in the organisations register, or one to add. */
  record CouncilRef(UUID existing, String name) {}

  record Provider(String name, UUID organisationId, String role) {}

  record Option(int months, LocalDate decideBy, String state, LocalDate decidedOn) {}

  record Funding(
      int year, String kind, String name, BigDecimal amount, CouncilRef council, String level) {}

  record Document(String title, String url) {}

  record Draft(
      String ocid,
      String reference,
      String service,
      String description,
      String status,
      LocalDate startOn,
      LocalDate endOn,
      int noticeMonths,
      Map<CouncilRef, BigDecimal> shares,
      CouncilRef host,
      List<Provider> providers,
      List<Option> options,
      Map<Integer, BigDecimal> values,
      List<Funding> funding,
      List<Document> documents) {}

  /** A refusal of the file itself: not JSON, not a release package. One line. */
  static final class BadFile extends RuntimeException {
    BadFile(String message) {
      super(message, null, false, false);
    }
  }

  ImportReport importFile(Path file, String referencePrefix) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    JsonNode pack = read(file, name);
    List<String> invalid = schema.problems(pack);
    if (!invalid.isEmpty()) {
      throw new BadFile(
          "Cannot import "
              + name
              + ": not a valid OCDS 1.1 release package ("
              + invalid.size()
              + (invalid.size() == 1 ? " problem" : " problems")
              + " against the schema; the first: "
              + printable(invalid.get(0), 200)
              + ")");
    }
    Map<String, List<JsonNode>> byOcid = new LinkedHashMap<>();
    for (JsonNode release : pack.path("releases")) {
      byOcid.computeIfAbsent(release.path("ocid").asString(), k -> new ArrayList<>()).add(release);
    }
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Draft> drafts = new ArrayList<>();
    Map<String, Organisation> councilsByName = new LinkedHashMap<>();
    Map<UUID, Organisation> byId = new LinkedHashMap<>();
    for (Organisation o : organisations.all()) {
      byId.put(o.id(), o);
      if (o.relationship() == Relationship.COMMISSIONER) {
        councilsByName.put(o.name().toLowerCase(Locale.ROOT), o);
      }
    }
    for (Map.Entry<String, List<JsonNode>> process : byOcid.entrySet()) {
      List<JsonNode> releases = new ArrayList<>(process.getValue());
      releases.sort((a, b) -> a.path("date").asString("").compareTo(b.path("date").asString("")));
      JsonNode compiled = JSON.createObjectNode();
      for (JsonNode release : releases) {
        compiled = merge(compiled, release);
      }
      Mapper mapper = new Mapper(process.getKey(), compiled, referencePrefix, byId, councilsByName);
      Draft draft = mapper.draft();
      problems.addAll(mapper.problems);
      notes.addAll(mapper.notes);
      notKept(compiled, "", notes, process.getKey());
      if (draft != null) {
        drafts.add(draft);
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Draft draft : drafts) {
      if (!seen.add(draft.reference())) {
        problems.add(
            draft.ocid() + ": two contracts would have the reference " + draft.reference());
      }
    }
    if (!drafts.isEmpty()) {
      List<String> taken =
          jdbc.sql("select reference from commissioning.contract where reference in (:refs)")
              .param("refs", new ArrayList<>(seen))
              .query(String.class)
              .list();
      for (String reference : taken) {
        problems.add(
            "the register already has a contract with the reference "
                + printable(reference, 60)
                + " (import a copy with --reference-prefix)");
      }
    }
    if (!problems.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Refused: "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + " in "
              + name
              + ", nothing was imported");
      problems.forEach(p -> lines.add("  " + p));
      return new ImportReport(false, lines);
    }
    String by = System.getProperty("user.name", "unknown");
    List<String> lines = new ArrayList<>();
    transaction.executeWithoutResult(
        status -> {
          Map<String, UUID> created = new LinkedHashMap<>();
          for (Draft draft : drafts) {
            write(draft, created, by, lines);
          }
        });
    List<String> report = new ArrayList<>();
    report.add(
        "Imported "
            + drafts.size()
            + (drafts.size() == 1 ? " contract" : " contracts")
            + " from "
            + name
            + " ("
            + pack.path("releases").size()
            + " releases)");
    report.addAll(lines);
    if (!notes.isEmpty()) {
      report.add("Not kept (the register does not model these), or kept with a note:");
      notes.forEach(n -> report.add("  " + n));
    }
    return new ImportReport(true, report);
  }

  private static JsonNode read(Path file, String name) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new BadFile(
            "Cannot import " + name + ": larger than 50 MB; a register's package is far smaller");
      }
      try (InputStream in = Files.newInputStream(file)) {
        JsonNode pack = JSON.readTree(in);
        if (pack == null || !pack.isObject()) {
          throw new BadFile("Cannot import " + name + ": not a JSON object (a release package)");
        }
        return pack;
      }
    } catch (JacksonException notJson) {
      String message = notJson.getOriginalMessage();
      return failNotJson(name, notJson, message);
    } catch (IOException unreadable) {
      throw new BadFile("Cannot read " + name + ": " + printable(unreadable.getMessage(), 120));
    }
  }

  private static JsonNode failNotJson(String name, JacksonException e, String message) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    throw new BadFile(
        "Cannot import " + name + ": not JSON" + where + " (" + printable(message, 120) + ")");
  }

  static String printable(String text, int max) {
    if (text == null) {
      return "";
    }
    String one = text.replaceAll("\\p{Cntrl}", " ").strip();
    return one.length() > max ? one.substring(0, max) + "..." : one;
  }

  /** OCDS's merge, enough for releases: objects by field, arrays of objects by id. */
  static JsonNode merge(JsonNode into, JsonNode release) {
    if (!into.isObject() || !release.isObject()) {
      return release.deepCopy();
    }
    ObjectNode result = (ObjectNode) into.deepCopy();
    for (Map.Entry<String, JsonNode> field : release.properties()) {
      JsonNode value = field.getValue();
      JsonNode existing = result.get(field.getKey());
      if (value.isNull()) {
        result.remove(field.getKey());
      } else if (value.isObject() && existing != null && existing.isObject()) {
        result.set(field.getKey(), merge(existing, value));
      } else if (value.isArray() && existing != null && existing.isArray() && byId(value)) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        existing.forEach(item -> items.put(item.path("id").asString(), item));
        value.forEach(item -> items.merge(item.path("id").asString(), item, PackageImport::merge));
        var array = JSON.createArrayNode();
        items.values().forEach(array::add);
        result.set(field.getKey(), array);
      } else {
        result.set(field.getKey(), value.deepCopy());
      }
    }
    return result;
  }

  private static boolean byId(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isObject() || !item.has("id")) {
        return false;
      }
    }
    return !array.isEmpty();
  }

  /** Every leaf not under a kept path, reported once per place (two levels deep). */
  private static void notKept(JsonNode node, String path, List<String> notes, String ocid) {
    Set<String> places = new LinkedHashSet<>();
    walk(node, path, places);
    for (String place : places) {
      notes.add(ocid + ": " + place);
    }
  }

  private static void walk(JsonNode node, String path, Set<String> places) {
    if (!path.isEmpty() && kept(path)) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        walk(
            field.getValue(),
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
            places);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        walk(item, path + "[]", places);
      }
    } else {
      String[] parts = path.split("\\.");
      places.add(parts.length <= 2 ? path : parts[0] + "." + parts[1]);
    }
  }

  private static boolean kept(String path) {
    for (String keep : KEPT) {
      if (path.equals(keep) || path.startsWith(keep + ".") || path.startsWith(keep + "[]")) {
        return true;
      }
    }
    return false;
  }

  // ---- writing ----

  private void write(Draft draft, Map<String, UUID> created, String by, List<String> lines) {
    Map<CouncilRef, UUID> councils = new LinkedHashMap<>();
    for (CouncilRef council : draft.shares().keySet()) {
      councils.put(council, resolve(council, created, lines));
    }
    for (Funding funding : draft.funding()) {
      if (funding.council() != null) {
        councils.computeIfAbsent(funding.council(), c -> resolve(c, created, lines));
      }
    }
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.contract (reference, service, description, status,
                  start_on, end_on, notice_months, host_council_id)
                values (:reference, :service, :description, :status, :start, :end, :notice, :host)
                returning id
                """)
            .param("reference", draft.reference())
            .param("service", draft.service())
            .param("description", draft.description())
            .param("status", draft.status())
            .param("start", draft.startOn())
            .param("end", draft.endOn())
            .param("notice", draft.noticeMonths())
            .param("host", councils.get(draft.host()))
            .query(UUID.class)
            .single();
    for (Map.Entry<CouncilRef, BigDecimal> share : draft.shares().entrySet()) {
      jdbc.sql(
              """
              insert into commissioning.contract_council (contract_id, council_id, percent)
              values (:id, :council, :percent)
              """)
          .param("id", id)
          .param("council", councils.get(share.getKey()))
          .param("percent", share.getValue())
          .update();
    }
    int position = 0;
    for (Provider provider : draft.providers()) {
      jdbc.sql(
              """
              insert into commissioning.contract_provider (contract_id, position, name,
                organisation_id, role)
              values (:id, :position, :name, :organisation, :role)
              """)
          .param("id", id)
          .param("position", ++position)
          .param("name", provider.name())
          .param("organisation", provider.organisationId())
          .param("role", provider.role())
          .update();
    }
    position = 0;
    for (Option option : draft.options()) {
      jdbc.sql(
              """
              insert into commissioning.extension_option (contract_id, position, months,
                decide_by, state, decided_on)
              values (:id, :position, :months, :decideBy, :state, :decidedOn)
              """)
          .param("id", id)
          .param("position", ++position)
          .param("months", option.months())
          .param("decideBy", option.decideBy())
          .param("state", option.state())
          .param("decidedOn", option.decidedOn())
          .update();
    }
    for (Map.Entry<Integer, BigDecimal> value : draft.values().entrySet()) {
      jdbc.sql(
              """
              insert into commissioning.contract_value (contract_id, financial_year, amount)
              values (:id, :year, :amount)
              """)
          .param("id", id)
          .param("year", value.getKey())
          .param("amount", value.getValue())
          .update();
    }
    for (Funding funding : draft.funding()) {
      // clock_timestamp keeps the package's order, which the register reads funding in.
      jdbc.sql(
              """
              insert into commissioning.funding_source (contract_id, financial_year, kind, name,
                amount, council_id, level, created_at)
              values (:id, :year, :kind, :name, :amount, :council, :level, clock_timestamp())
              """)
          .param("id", id)
          .param("year", funding.year())
          .param("kind", funding.kind())
          .param("name", funding.name())
          .param("amount", funding.amount())
          .param("council", funding.council() == null ? null : councils.get(funding.council()))
          .param("level", funding.level())
          .update();
    }
    for (Document document : draft.documents()) {
      jdbc.sql(
              """
              insert into commissioning.contract_document (contract_id, title, url, added_at)
              values (:id, :title, :url, clock_timestamp())
              """)
          .param("id", id)
          .param("title", document.title())
          .param("url", document.url())
          .update();
    }
    audit.recordSystem(
        AuditEntry.of("commissioning.contract.imported", "contract", id)
            .withDetail("from OCDS " + printable(draft.ocid(), 200) + " by " + by));
    lines.add(
        "  "
            + draft.reference()
            + ": "
            + printable(draft.service(), 80)
            + " ("
            + draft.shares().size()
            + (draft.shares().size() == 1 ? " council, " : " councils, ")
            + draft.providers().size()
            + (draft.providers().size() == 1 ? " provider, " : " providers, ")
            + draft.values().size()
            + (draft.values().size() == 1 ? " year's value, " : " years' values, ")
            + draft.funding().size()
            + " funding sources, "
            + draft.options().size()
            + (draft.options().size() == 1 ? " option, " : " options, ")
            + draft.documents().size()
            + (draft.documents().size() == 1 ? " document)" : " documents)"));
  }

  private UUID resolve(CouncilRef council, Map<String, UUID> created, List<String> lines) {
    if (council.existing() != null) {
      return council.existing();
    }
    String key = council.name().toLowerCase(Locale.ROOT);
    UUID known = created.get(key);
    if (known != null) {
      return known;
    }
    Organisation added =
        organisations.create(
            new OrganisationDetails(
                council.name(),
                OrganisationType.COUNCIL,
                Relationship.COMMISSIONER,
                null,
                null,
                null),
            true);
    created.put(key, added.id());
    lines.add("  added the commissioning council " + printable(council.name(), 80));
    return added.id();
  }

  // ---- reading one compiled release ----

  private final class Mapper {
    final String ocid;
    final JsonNode release;
    final String referencePrefix;
    final Map<UUID, Organisation> byId;
    final Map<String, Organisation> councilsByName;
    final List<String> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Mapper(
        String ocid,
        JsonNode release,
        String referencePrefix,
        Map<UUID, Organisation> byId,
        Map<String, Organisation> councilsByName) {
      this.ocid = printable(ocid, 80);
      this.release = release;
      this.referencePrefix = referencePrefix;
      this.byId = byId;
      this.councilsByName = councilsByName;
    }

    void problem(String where, String what) {
      problems.add(ocid + " " + where + ": " + what);
    }

    Draft draft() {
      String rawOcid = release.path("ocid").asString();
      String reference =
          referencePrefix
              + (rawOcid.startsWith(settings.prefix())
                  ? rawOcid.substring(settings.prefix().length())
                  : rawOcid);
      text("ocid", reference, 40);
      JsonNode contract = release.path("contracts").path(0);
      if (release.path("contracts").size() > 1) {
        notes.add(ocid + ": contracts after the first (the register keeps one contract per ocid)");
      }
      JsonNode award = award(contract);
      JsonNode tender = release.path("tender");
      String service = first(contract.path("title"), award.path("title"), tender.path("title"));
      if (service == null) {
        problem("contracts/0/title", "no title for the contract (nor for its award or tender)");
      }
      service = text("contracts/0/title", service, 300);
      String description =
          text(
              "contracts/0/description",
              first(
                  contract.path("description"),
                  award.path("description"),
                  tender.path("description")),
              4000);
      JsonNode period =
          contract.path("period").isObject()
              ? contract.path("period")
              : award.path("contractPeriod").isObject()
                  ? award.path("contractPeriod")
                  : tender.path("contractPeriod");
      LocalDate start = date("contracts/0/period/startDate", period.path("startDate"));
      LocalDate end = date("contracts/0/period/endDate", period.path("endDate"));
      if (start == null || end == null) {
        problem("contracts/0/period", "the contract's start and end dates are needed");
      } else if (end.isBefore(start)) {
        problem("contracts/0/period", "the end date is before the start date");
      }
      int notice = 0;
      if (contract.has("noticePeriodMonths")) {
        notice = contract.path("noticePeriodMonths").asInt(-1);
        if (notice < 0 || notice > 60) {
          problem("contracts/0/noticePeriodMonths", "a notice period is 0 to 60 months");
          notice = 0;
        }
      }
      String status = status(contract, tender);
      Map<String, JsonNode> parties = new LinkedHashMap<>();
      for (JsonNode party : release.path("parties")) {
        parties.put(party.path("id").asString(), party);
      }
      Map<CouncilRef, BigDecimal> shares = new LinkedHashMap<>();
      CouncilRef host = councils(parties, shares);
      List<Provider> providers = providers(parties, award);
      List<Option> options = options(contract, end, period);
      Map<Integer, BigDecimal> values = new TreeMap<>();
      List<Funding> funding = new ArrayList<>();
      budget(contract, award, start, values, funding, parties);
      List<Document> documents = documents();
      if (!problems.isEmpty()) {
        return null;
      }
      return new Draft(
          rawOcid,
          reference,
          service,
          description,
          status,
          start,
          end,
          notice,
          shares,
          host,
          providers,
          options,
          values,
          funding,
          documents);
    }

    JsonNode award(JsonNode contract) {
      String awardId = contract.path("awardID").asString("");
      for (JsonNode award : release.path("awards")) {
        if (award.path("id").asString().equals(awardId)) {
          return award;
        }
      }
      return release.path("awards").path(0);
    }

    String status(JsonNode contract, JsonNode tender) {
      String registered = contract.path("registerStatus").asString("");
      if (org.alliance.commissioning.register.Contract.STATUSES.contains(registered)) {
        return registered;
      }
      if (contract.isObject()) {
        return switch (contract.path("status").asString("")) {
          case "active" -> "active";
          case "terminated", "cancelled" -> "ended";
          default -> tender.path("status").asString("").equals("active") ? "procuring" : "planned";
        };
      }
      return tender.path("status").asString("").equals("active") ? "procuring" : "planned";
    }

    /** The councils: the parties buying or paying, with their shares; returns the host. */
    CouncilRef councils(Map<String, JsonNode> parties, Map<CouncilRef, BigDecimal> shares) {
      List<JsonNode> buyers = new ArrayList<>();
      for (JsonNode party : parties.values()) {
        if (hasRole(party, "buyer") || hasRole(party, "payer")) {
          buyers.add(party);
        }
      }
      JsonNode buyer = release.path("buyer");
      if (buyers.isEmpty() && buyer.isObject()) {
        buyers.add(parties.getOrDefault(buyer.path("id").asString(), buyer));
      }
      if (buyers.isEmpty()) {
        problem("parties", "no buyer: the register needs at least one council paying");
        return null;
      }
      CouncilRef host = null;
      CouncilRef procuring = null;
      CouncilRef named = null;
      List<CouncilRef> refs = new ArrayList<>();
      boolean percentages = true;
      for (JsonNode party : buyers) {
        CouncilRef council = council(party.path("id").asString(), party.path("name").asString(""));
        if (council == null) {
          continue;
        }
        refs.add(council);
        JsonNode percent = party.path("details").path("sharePercent");
        if (percent.isNumber()) {
          shares.put(council, percent.decimalValue());
        } else {
          percentages = false;
        }
        if (party.path("details").path("host").asBoolean(false)) {
          host = council;
        }
        if (hasRole(party, "procuringEntity")) {
          procuring = council;
        }
        if (party.path("id").asString().equals(buyer.path("id").asString())) {
          named = council;
        }
      }
      if (refs.isEmpty()) {
        return null;
      }
      host =
          host != null ? host : procuring != null ? procuring : named != null ? named : refs.get(0);
      if (!percentages) {
        shares.clear();
        BigDecimal each =
            Split.HUNDRED.divide(BigDecimal.valueOf(refs.size()), 4, RoundingMode.DOWN);
        BigDecimal others = BigDecimal.ZERO;
        for (CouncilRef council : refs) {
          if (!council.equals(host)) {
            shares.put(council, each);
            others = others.add(each);
          } else {
            shares.put(council, null);
          }
        }
        shares.put(host, Split.HUNDRED.subtract(others));
        if (refs.size() > 1) {
          notes.add(
              ocid
                  + ": the councils' percentages were not given; they were divided equally, the"
                  + " host taking the remainder");
        }
      }
      // Placeholder ids stand for councils not yet added, so the register's rule can check them.
      Map<CouncilRef, UUID> ids = new LinkedHashMap<>();
      shares
          .keySet()
          .forEach(c -> ids.put(c, c.existing() == null ? UUID.randomUUID() : c.existing()));
      List<CouncilShare> check = new ArrayList<>();
      shares.forEach((c, p) -> check.add(new CouncilShare(ids.get(c), p)));
      String problem = Split.problem(check, ids.get(host));
      if (problem != null) {
        problem("parties/details/sharePercent", problem);
      }
      return host;
    }

    CouncilRef council(String partyId, String name) {
      if (partyId.startsWith("org-")) {
        try {
          Organisation organisation = byId.get(UUID.fromString(partyId.substring(4)));
          if (organisation != null && organisation.relationship() == Relationship.COMMISSIONER) {
            return new CouncilRef(organisation.id(), organisation.name());
          }
        } catch (IllegalArgumentException notOurs) {
          // Another publisher's id that happens to start so: matched by name below.
        }
      }
      String clean = text("parties/name", name, 200);
      if (clean == null || clean.isBlank()) {
        problem("parties/" + printable(partyId, 60), "a council with no name");
        return null;
      }
      Organisation known = councilsByName.get(clean.toLowerCase(Locale.ROOT));
      if (known != null) {
        return new CouncilRef(known.id(), known.name());
      }
      boolean otherwise =
          byId.values().stream().anyMatch(o -> o.name().equalsIgnoreCase(clean.strip()));
      if (otherwise) {
        problem(
            "parties/" + printable(partyId, 60),
            printable(clean, 80) + " is an organisation here, but not a commissioning council");
        return null;
      }
      return new CouncilRef(null, clean.strip());
    }

    List<Provider> providers(Map<String, JsonNode> parties, JsonNode award) {
      List<JsonNode> suppliers = new ArrayList<>();
      for (JsonNode party : parties.values()) {
        if (hasRole(party, "supplier")) {
          suppliers.add(party);
        }
      }
      if (suppliers.isEmpty()) {
        award.path("suppliers").forEach(suppliers::add);
      }
      List<Provider> providers = new ArrayList<>();
      for (JsonNode supplier : suppliers) {
        String name = text("parties/name", supplier.path("name").asString(""), 200);
        if (name == null || name.isBlank()) {
          problem(
              "parties/" + printable(supplier.path("id").asString(), 60),
              "a supplier with no name");
          continue;
        }
        String role = supplier.path("details").path("providerRole").asString("");
        if (!List.of("prime", "member", "subcontractor").contains(role)) {
          role = providers.isEmpty() ? "prime" : "member";
        }
        UUID organisation = null;
        String id = supplier.path("id").asString("");
        if (id.startsWith("org-")) {
          try {
            UUID candidate = UUID.fromString(id.substring(4));
            organisation = byId.containsKey(candidate) ? candidate : null;
          } catch (IllegalArgumentException notOurs) {
            organisation = null;
          }
        }
        providers.add(new Provider(name, organisation, role));
      }
      return providers;
    }

    List<Option> options(JsonNode contract, LocalDate end, JsonNode period) {
      List<Option> options = new ArrayList<>();
      if (contract.path("extensionOptions").isArray()) {
        int i = 0;
        for (JsonNode option : contract.path("extensionOptions")) {
          String at = "contracts/0/extensionOptions/" + i++;
          int months = option.path("durationInMonths").asInt(0);
          if (months < 1 || months > 120) {
            problem(at, "an option lasts 1 to 120 months");
          }
          LocalDate decideBy = day(at + "/decideBy", option.path("decideBy"));
          String state = option.path("status").asString("open");
          if (!List.of("open", "taken", "declined").contains(state)) {
            problem(at + "/status", "an option is open, taken or declined");
          }
          LocalDate decidedOn =
              option.has("decidedOn") ? day(at + "/decidedOn", option.path("decidedOn")) : null;
          if (state.equals("open") != (decidedOn == null)) {
            problem(at, "a decided option has the day it was decided, an open one none");
          }
          if (decideBy == null) {
            problem(at + "/decideBy", "the day the option must be decided by is needed");
          }
          options.add(new Option(months, decideBy, state, decidedOn));
        }
        if (options.size() > 20) {
          problem("contracts/0/extensionOptions", "a contract can have at most 20 options");
        }
        return options;
      }
      LocalDate furthest = date("contracts/0/period/maxExtentDate", period.path("maxExtentDate"));
      if (end != null && furthest != null && furthest.isAfter(end)) {
        long months;
        if (end.getDayOfMonth() == end.lengthOfMonth()
            && furthest.getDayOfMonth() == furthest.lengthOfMonth()) {
          // Month ends to month ends (30 June to 31 December) are whole months.
          months = ChronoUnit.MONTHS.between(YearMonth.from(end), YearMonth.from(furthest));
        } else {
          months = ChronoUnit.MONTHS.between(end, furthest);
          if (end.plusMonths(months).isBefore(furthest)) {
            months++;
          }
        }
        if (months >= 1 && months <= 120) {
          options.add(new Option((int) months, end, "open", null));
          notes.add(
              ocid
                  + ": the term may be extended to "
                  + furthest
                  + " (maxExtentDate): kept as one open option of "
                  + months
                  + " months, to be decided by the end date, since the package gives no date");
        }
      }
      return options;
    }

    void budget(
        JsonNode contract,
        JsonNode award,
        LocalDate start,
        Map<Integer, BigDecimal> values,
        List<Funding> funding,
        Map<String, JsonNode> parties) {
      JsonNode breakdown = release.path("planning").path("budget").path("budgetBreakdown");
      int i = 0;
      for (JsonNode item : breakdown) {
        String at = "planning/budget/budgetBreakdown/" + i++;
        String type = item.path("breakdownType").asString("");
        if (type.isEmpty() || type.equals("councilShare")) {
          // Councils' shares are worked out again from the percentages, by the register's rule.
          if (type.isEmpty()) {
            notes.add(ocid + ": " + at + " (a budget line the register has no place for)");
          }
          continue;
        }
        BigDecimal amount = money(at + "/amount", item.path("amount"));
        LocalDate from = date(at + "/period/startDate", item.path("period").path("startDate"));
        if (amount == null || from == null) {
          continue;
        }
        int year = FinancialYear.of(from);
        if (type.equals("year")) {
          if (values.put(year, amount) != null) {
            problem(at, "two values for " + FinancialYear.label(year));
          }
        } else if (type.equals("fundingSource")) {
          String kind = item.path("fundingKind").asString("");
          String level = item.path("levelOfCommissioning").asString("");
          if (!FundingSource.KINDS.contains(kind)) {
            problem(at + "/fundingKind", "one of " + FundingSource.KINDS);
          }
          if (!FundingSource.LEVELS.contains(level)) {
            problem(at + "/levelOfCommissioning", "one of " + FundingSource.LEVELS);
          }
          String name = text(at + "/description", item.path("description").asString(""), 200);
          if (name == null || name.isBlank()) {
            problem(at + "/description", "a funding source needs a name");
          }
          CouncilRef council = null;
          JsonNode source = item.path("sourceParty");
          if (source.isObject()) {
            JsonNode party = parties.getOrDefault(source.path("id").asString(), source);
            council = council(source.path("id").asString(), party.path("name").asString(""));
          }
          funding.add(new Funding(year, kind, name, amount, council, level));
        }
      }
      if (values.isEmpty()) {
        JsonNode value =
            contract.path("value").isObject() ? contract.path("value") : award.path("value");
        if (value.isObject() && start != null) {
          BigDecimal amount = money("contracts/0/value", value);
          if (amount != null) {
            values.put(FinancialYear.of(start), amount);
            notes.add(
                ocid
                    + ": the contract's value is kept as its value in "
                    + FinancialYear.label(FinancialYear.of(start))
                    + ", the financial year it starts in (the package gives no values by year)");
          }
        }
        JsonNode budget = release.path("planning").path("budget");
        if (budget.path("amount").isObject()) {
          notes.add(ocid + ": planning.budget.amount (a budget, not the contract's value)");
        }
      }
    }

    List<Document> documents() {
      List<JsonNode> all = new ArrayList<>();
      release.path("planning").path("documents").forEach(all::add);
      release.path("tender").path("documents").forEach(all::add);
      release.path("awards").forEach(a -> a.path("documents").forEach(all::add));
      release
          .path("contracts")
          .forEach(
              c -> {
                c.path("documents").forEach(all::add);
                c.path("implementation").path("documents").forEach(all::add);
              });
      Map<String, Document> documents = new LinkedHashMap<>();
      for (JsonNode document : all) {
        String url = document.path("url").asString("");
        String id = printable(document.path("id").asString(""), 40);
        if (url.isEmpty()) {
          continue;
        }
        if (!url.startsWith("https://")) {
          notes.add(
              ocid
                  + ": document "
                  + id
                  + " ("
                  + printable(url, 80)
                  + "): the register keeps https links only");
          continue;
        }
        String checkedUrl = text("documents/" + id + "/url", url, 2000);
        String title =
            first(document.path("title"), document.path("documentType"), document.path("id"));
        title = text("documents/" + id + "/title", title, 200);
        if (checkedUrl != null && title != null) {
          documents.putIfAbsent(checkedUrl, new Document(title, checkedUrl));
        }
      }
      return new ArrayList<>(documents.values());
    }

    // ---- values, checked as the register's forms check them ----

    String text(String where, String value, int max) {
      if (value == null) {
        return null;
      }
      if (value.indexOf('\0') >= 0) {
        problem(where, "contains a NUL character");
        return null;
      }
      if (value.length() > max) {
        problem(where, "longer than " + max + " characters (" + value.length() + ")");
        return null;
      }
      return value;
    }

    BigDecimal money(String where, JsonNode value) {
      String currency = value.path("currency").asString("");
      if (!currency.equals("GBP")) {
        problem(where, "the register keeps pounds only (currency " + printable(currency, 10) + ")");
        return null;
      }
      JsonNode amount = value.path("amount");
      if (!amount.isNumber()) {
        problem(where, "no amount");
        return null;
      }
      BigDecimal pounds = amount.decimalValue();
      if (pounds.signum() < 0 || pounds.compareTo(MAX_MONEY) > 0) {
        problem(where, "an amount from £0 to £999,999,999,999.99");
        return null;
      }
      if (pounds.stripTrailingZeros().scale() > 2) {
        problem(where, "an amount in pounds and pence (" + pounds.toPlainString() + ")");
        return null;
      }
      return pounds.setScale(2, RoundingMode.UNNECESSARY);
    }

    LocalDate date(String where, JsonNode value) {
      if (value.isMissingNode() || value.isNull()) {
        return null;
      }
      try {
        // The date as written: the export writes UK midnight with its offset, and a publisher's
        // "23:59 UTC" end is the day it names.
        return OffsetDateTime.parse(value.asString()).toLocalDate();
      } catch (DateTimeParseException e) {
        problem(where, "not a date-time");
        return null;
      }
    }

    LocalDate day(String where, JsonNode value) {
      try {
        return LocalDate.parse(value.asString(""));
      } catch (DateTimeParseException e) {
        problem(where, "not a date (YYYY-MM-DD)");
        return null;
      }
    }
  }

  private static boolean hasRole(JsonNode party, String role) {
    for (JsonNode r : party.path("roles")) {
      if (r.asString("").equals(role)) {
        return true;
      }
    }
    return false;
  }

  private static String first(JsonNode... nodes) {
    for (JsonNode node : nodes) {
      if (node.isString() && !node.asString().isBlank()) {
        return node.asString();
      }
    }
    return null;
  }
}
