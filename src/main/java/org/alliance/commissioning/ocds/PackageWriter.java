package org.alliance.commissioning.ocds;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.commissioning.ocds.Disclosure.Shown;
import org.alliance.commissioning.ocds.Releases.Bidder;
import org.alliance.commissioning.ocds.Releases.Entry;
import org.alliance.commissioning.ocds.Releases.Snapshot;
import org.alliance.commissioning.ocds.Releases.Tender;
import org.alliance.commissioning.register.Contract;
import org.alliance.commissioning.register.Contract.ExtensionOption;
import org.alliance.commissioning.register.Contract.FundingSource;
import org.alliance.commissioning.register.Contract.Provider;
import org.alliance.commissioning.register.Contract.YearValue;
import org.alliance.commissioning.register.CouncilShare;
import org.alliance.commissioning.register.FinancialYear;
import org.alliance.organisation.Organisation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a release package with Jackson's streaming generator, one release per contract, so a large
 * register goes out as it is written. The mapping, field by field, is in docs/ARCHITECTURE.md
 * ("Open contracting"); the Alliance-only fields ({@code breakdownType}, {@code sharePercent},
 * {@code fundingKind}, {@code levelOfCommissioning}, {@code extensionOptions}, {@code
 * noticePeriodMonths}, {@code registerStatus}, {@code procurementRoute}, party {@code details}) are
 * additional properties, which OCDS allows.
 */
final class PackageWriter {

  static final String VERSION = "1.1";
  static final List<String> EXTENSIONS =
      List.of(
          "https://raw.githubusercontent.com/open-contracting-extension/ocds_budget_breakdown_extension/master/extension.json",
          "https://raw.githubusercontent.com/open-contracting-extension/ocds_renewal_extension/master/extension.json");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final OcdsSettings settings;

  PackageWriter(OcdsSettings settings) {
    this.settings = settings;
  }

  void write(Snapshot snapshot, Shown shown, OutputStream out) {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringProperty("uri", settings.packageUri());
      json.writeStringProperty("version", VERSION);
      json.writeArrayPropertyStart("extensions");
      for (String extension : EXTENSIONS) {
        json.writeString(extension);
      }
      json.writeEndArray();
      json.writeStringProperty("publishedDate", instant(snapshot.lastChange()));
      json.writeObjectPropertyStart("publisher");
      json.writeStringProperty("name", settings.publisher());
      json.writeEndObject();
      if (settings.license() != null) {
        json.writeStringProperty("license", settings.license());
      }
      json.writeArrayPropertyStart("releases");
      for (Entry entry : snapshot.entries()) {
        release(json, entry, snapshot.organisations(), shown);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private void release(
      JsonGenerator json, Entry entry, Map<UUID, Organisation> organisations, Shown shown) {
    Contract contract = entry.contract();
    String ocid = settings.prefix() + contract.reference();
    json.writeStartObject();
    json.writeStringProperty("ocid", ocid);
    json.writeStringProperty("id", ocid + "-" + contract.version());
    json.writeStringProperty("date", instant(entry.updatedAt()));
    json.writeArrayPropertyStart("tag");
    json.writeString(tag(contract.status()));
    json.writeEndArray();
    json.writeStringProperty("initiationType", "tender");
    json.writeStringProperty("language", "en");
    Map<String, Party> parties = parties(contract, entry.tender(), organisations, shown);
    writeParties(json, parties.values());
    Party host = parties.get(orgId(contract.hostCouncilId()));
    if (host != null) {
      json.writeName("buyer");
      reference(json, host);
    }
    planning(json, contract, organisations, shown);
    tender(json, contract, entry.tender(), host, shown);
    List<Party> suppliers =
        contract.providers().stream()
            .filter(p -> !p.role().equals("subcontractor"))
            .map(p -> parties.get(providerId(p)))
            .distinct()
            .toList();
    boolean awarded =
        !List.of("planned", "procuring").contains(contract.status())
            || (entry.tender() != null && entry.tender().awardDecidedOn() != null);
    BigDecimal total = total(contract);
    if (awarded) {
      json.writeArrayPropertyStart("awards");
      json.writeStartObject();
      json.writeStringProperty("id", ocid + "-award");
      json.writeStringProperty("status", "active");
      if (entry.tender() != null && entry.tender().awardDecidedOn() != null) {
        json.writeStringProperty("date", start(entry.tender().awardDecidedOn()));
      }
      if (total != null) {
        money(json, "value", total);
      }
      if (!suppliers.isEmpty()) {
        json.writeArrayPropertyStart("suppliers");
        for (Party supplier : suppliers) {
          reference(json, supplier);
        }
        json.writeEndArray();
      }
      period(json, "contractPeriod", contract);
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeArrayPropertyStart("contracts");
    json.writeStartObject();
    json.writeStringProperty("id", ocid + "-contract");
    if (awarded) {
      json.writeStringProperty("awardID", ocid + "-award");
    }
    json.writeStringProperty("title", contract.service());
    if (contract.description() != null) {
      json.writeStringProperty("description", contract.description());
    }
    json.writeStringProperty("status", contractStatus(contract.status()));
    // OCDS's codes cannot tell planned from being procured, or active from ending.
    json.writeStringProperty("registerStatus", contract.status());
    period(json, "period", contract);
    if (total != null) {
      money(json, "value", total);
    }
    if (shown.documents() && !contract.documents().isEmpty()) {
      json.writeArrayPropertyStart("documents");
      for (Contract.Document document : contract.documents()) {
        json.writeStartObject();
        json.writeStringProperty("id", document.id().toString());
        json.writeStringProperty("title", document.title());
        json.writeStringProperty("url", document.url());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeNumberProperty("noticePeriodMonths", contract.noticeMonths());
    json.writeArrayPropertyStart("extensionOptions");
    for (ExtensionOption option : contract.options()) {
      json.writeStartObject();
      json.writeStringProperty("id", Integer.toString(option.position()));
      json.writeNumberProperty("durationInMonths", option.months());
      json.writeStringProperty("decideBy", option.decideBy().toString());
      json.writeStringProperty("status", option.state());
      if (option.decidedOn() != null) {
        json.writeStringProperty("decidedOn", option.decidedOn().toString());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  // ---- parties ----

  /** A party as the release names it, roles gathered from every part it plays. */
  private static final class Party {
    final String id;
    final String name;
    final Organisation organisation;
    final Set<String> roles = new LinkedHashSet<>();
    final Map<String, Object> details = new LinkedHashMap<>();

    Party(String id, String name, Organisation organisation) {
      this.id = id;
      this.name = name;
      this.organisation = organisation;
    }
  }

  private static Map<String, Party> parties(
      Contract contract, Tender tender, Map<UUID, Organisation> organisations, Shown shown) {
    Map<String, Party> parties = new LinkedHashMap<>();
    for (CouncilShare share : contract.shares()) {
      Party council = council(parties, share.councilId(), organisations);
      council.roles.add("buyer");
      council.roles.add("payer");
      if (share.councilId().equals(contract.hostCouncilId())) {
        council.roles.add("procuringEntity");
      }
      if (shown.councilShares()) {
        council.details.put("sharePercent", share.percent().stripTrailingZeros());
        council.details.put("host", share.councilId().equals(contract.hostCouncilId()));
      }
    }
    for (Provider provider : contract.providers()) {
      Organisation organisation =
          provider.organisationId() == null ? null : organisations.get(provider.organisationId());
      Party party =
          parties.computeIfAbsent(
              providerId(provider), id -> new Party(id, provider.name(), organisation));
      party.roles.add("supplier");
      party.details.putIfAbsent("providerRole", provider.role());
    }
    if (shown.fundingSources()) {
      for (FundingSource source : contract.funding()) {
        if (source.councilId() != null) {
          council(parties, source.councilId(), organisations).roles.add("funder");
        }
      }
    }
    if (shown.bidders() && tender != null) {
      for (Bidder bidder : tender.bidders()) {
        parties
            .computeIfAbsent("bidder-" + bidder.id(), id -> new Party(id, bidder.name(), null))
            .roles
            .add("tenderer");
      }
    }
    return parties;
  }

  private static Party council(
      Map<String, Party> parties, UUID councilId, Map<UUID, Organisation> organisations) {
    Organisation organisation = organisations.get(councilId);
    return parties.computeIfAbsent(
        orgId(councilId),
        id ->
            new Party(
                id, organisation == null ? "Unknown council" : organisation.name(), organisation));
  }

  static String orgId(UUID organisation) {
    return organisation == null ? null : "org-" + organisation;
  }

  static String providerId(Provider provider) {
    return provider.organisationId() != null
        ? orgId(provider.organisationId())
        : "provider-" + provider.id();
  }

  private static void writeParties(JsonGenerator json, Iterable<Party> parties) {
    json.writeArrayPropertyStart("parties");
    for (Party party : parties) {
      json.writeStartObject();
      json.writeStringProperty("id", party.id);
      json.writeStringProperty("name", party.name);
      Organisation organisation = party.organisation;
      if (organisation != null && organisation.companyNumber() != null) {
        identifier(json, "GB-COH", organisation.companyNumber(), organisation.name());
      } else if (organisation != null && organisation.charityNumber() != null) {
        identifier(json, "GB-CHC", organisation.charityNumber(), organisation.name());
      }
      json.writeArrayPropertyStart("roles");
      for (String role : party.roles) {
        json.writeString(role);
      }
      json.writeEndArray();
      if (!party.details.isEmpty()) {
        json.writeObjectPropertyStart("details");
        for (Map.Entry<String, Object> detail : party.details.entrySet()) {
          json.writeName(detail.getKey());
          if (detail.getValue() instanceof BigDecimal number) {
            json.writeNumber(number);
          } else if (detail.getValue() instanceof Boolean flag) {
            json.writeBoolean(flag);
          } else {
            json.writeString(String.valueOf(detail.getValue()));
          }
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void identifier(JsonGenerator json, String scheme, String id, String legalName) {
    json.writeObjectPropertyStart("identifier");
    json.writeStringProperty("scheme", scheme);
    json.writeStringProperty("id", id);
    json.writeStringProperty("legalName", legalName);
    json.writeEndObject();
  }

  private static void reference(JsonGenerator json, Party party) {
    json.writeStartObject();
    json.writeStringProperty("id", party.id);
    json.writeStringProperty("name", party.name);
    json.writeEndObject();
  }

  // ---- planning: the value year by year, and the councils' own breakdown of it ----

  private static void planning(
      JsonGenerator json, Contract contract, Map<UUID, Organisation> organisations, Shown shown) {
    BigDecimal total = total(contract);
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>(contract.years());
    if (shown.fundingSources()) {
      contract.funding().forEach(f -> years.add(f.financialYear()));
    }
    if (years.isEmpty()) {
      return;
    }
    json.writeObjectPropertyStart("planning");
    json.writeObjectPropertyStart("budget");
    json.writeStringProperty("id", contract.reference() + "-budget");
    json.writeStringProperty(
        "description", "The contract's value, financial year by financial year");
    if (total != null) {
      money(json, "amount", total);
    }
    json.writeArrayPropertyStart("budgetBreakdown");
    boolean splittable = contract.splittable();
    for (int year : years) {
      BigDecimal value = contract.valueIn(year).orElse(null);
      if (value != null) {
        breakdownStart(json, "FY" + year, "Value in " + FinancialYear.label(year), value);
        yearPeriod(json, year);
        json.writeStringProperty("breakdownType", "year");
        json.writeEndObject();
      }
      if (value != null && shown.councilShares() && splittable) {
        Map<UUID, BigDecimal> split = contract.split(value);
        for (CouncilShare share : contract.shares()) {
          String name = councilName(organisations, share.councilId());
          breakdownStart(
              json,
              "FY" + year + "-council-" + share.councilId(),
              name
                  + "'s "
                  + share.percent().stripTrailingZeros().toPlainString()
                  + "% of "
                  + FinancialYear.label(year),
              split.get(share.councilId()));
          yearPeriod(json, year);
          sourceParty(json, share.councilId(), name);
          json.writeStringProperty("breakdownType", "councilShare");
          json.writeNumberProperty("sharePercent", share.percent().stripTrailingZeros());
          json.writeEndObject();
        }
      }
      if (shown.fundingSources()) {
        for (FundingSource source : contract.fundingIn(year)) {
          breakdownStart(
              json, "FY" + year + "-funding-" + source.id(), source.name(), source.amount());
          yearPeriod(json, year);
          if (source.councilId() != null) {
            sourceParty(json, source.councilId(), councilName(organisations, source.councilId()));
          }
          json.writeStringProperty("breakdownType", "fundingSource");
          json.writeStringProperty("fundingKind", source.kind());
          json.writeStringProperty("levelOfCommissioning", source.level());
          json.writeEndObject();
        }
      }
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static String councilName(Map<UUID, Organisation> organisations, UUID id) {
    Organisation organisation = organisations.get(id);
    return organisation == null ? "Unknown council" : organisation.name();
  }

  private static void breakdownStart(
      JsonGenerator json, String id, String description, BigDecimal amount) {
    json.writeStartObject();
    json.writeStringProperty("id", id);
    json.writeStringProperty("description", description);
    money(json, "amount", amount);
  }

  private static void sourceParty(JsonGenerator json, UUID council, String name) {
    json.writeObjectPropertyStart("sourceParty");
    json.writeStringProperty("id", orgId(council));
    json.writeStringProperty("name", name);
    json.writeEndObject();
  }

  private static void yearPeriod(JsonGenerator json, int year) {
    json.writeObjectPropertyStart("period");
    json.writeStringProperty("startDate", start(FinancialYear.firstDay(year)));
    json.writeStringProperty("endDate", end(FinancialYear.lastDay(year)));
    json.writeEndObject();
  }

  // ---- tender: the procurement when there is one, and the term with its options ----

  private static void tender(
      JsonGenerator json, Contract contract, Tender tender, Party host, Shown shown) {
    json.writeObjectPropertyStart("tender");
    json.writeStringProperty(
        "id", tender == null ? contract.reference() + "-tender" : tender.id().toString());
    json.writeStringProperty("title", tender == null ? contract.service() : tender.title());
    json.writeStringProperty("status", tenderStatus(contract, tender));
    if (host != null) {
      json.writeName("procuringEntity");
      reference(json, host);
    }
    if (tender != null) {
      json.writeStringProperty("procurementMethod", method(tender.routeCode()));
      json.writeStringProperty("procurementMethodDetails", tender.routeName());
      json.writeStringProperty("procurementMethodRationale", tender.routeDescription());
      json.writeStringProperty("procurementRoute", tender.routeCode());
      json.writeObjectPropertyStart("tenderPeriod");
      json.writeStringProperty("startDate", start(tender.startsOn()));
      json.writeEndObject();
      json.writeNumberProperty("numberOfTenderers", tender.bidders().size());
      if (shown.bidders() && !tender.bidders().isEmpty()) {
        json.writeArrayPropertyStart("tenderers");
        for (Bidder bidder : tender.bidders()) {
          json.writeStartObject();
          json.writeStringProperty("id", "bidder-" + bidder.id());
          json.writeStringProperty("name", bidder.name());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
    }
    period(json, "contractPeriod", contract);
    json.writeBooleanProperty("hasRenewal", !contract.options().isEmpty());
    if (!contract.options().isEmpty()) {
      json.writeObjectPropertyStart("renewal");
      json.writeStringProperty("description", renewalDescription(contract.options()));
      json.writeNumberProperty("maximumRenewals", contract.options().size());
      if (contract.furthestEnd().isAfter(contract.endOn())) {
        json.writeObjectPropertyStart("period");
        json.writeStringProperty("startDate", start(contract.endOn().plusDays(1)));
        json.writeStringProperty("endDate", end(contract.furthestEnd()));
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static String renewalDescription(List<ExtensionOption> options) {
    List<String> parts = new ArrayList<>();
    for (ExtensionOption option : options) {
      parts.add(
          "option "
              + option.position()
              + ": "
              + option.length()
              + ", decide by "
              + Contract.day(option.decideBy())
              + ", "
              + option.stateLabel().toLowerCase(java.util.Locale.UK));
    }
    return "Extension options after the initial term, in order: " + String.join("; ", parts);
  }

  /**
   * OCDS's method codes by route: an open procedure and the PSR's competitive process admit any
   * provider (open); the competitive flexible procedure usually has a participation stage
   * (selective); the most suitable provider process assesses providers the authority chooses
   * without a competition (limited); the direct awards are direct.
   */
  static String method(String route) {
    return switch (route) {
      case "pa-open", "psr-competitive" -> "open";
      case "pa-competitive-flexible" -> "selective";
      case "psr-most-suitable" -> "limited";
      default -> "direct";
    };
  }

  private static String tenderStatus(Contract contract, Tender tender) {
    if (tender != null) {
      return switch (tender.status()) {
        case "open" -> "active";
        case "cancelled" -> "cancelled";
        default -> "complete";
      };
    }
    return switch (contract.status()) {
      case "planned" -> "planning";
      case "procuring" -> "active";
      default -> "complete";
    };
  }

  static String tag(String status) {
    return switch (status) {
      case "planned" -> "planning";
      case "procuring" -> "tender";
      case "ended" -> "contractTermination";
      default -> "contract";
    };
  }

  static String contractStatus(String status) {
    return switch (status) {
      case "planned", "procuring" -> "pending";
      case "ended" -> "terminated";
      default -> "active";
    };
  }

  // ---- values and dates ----

  private static BigDecimal total(Contract contract) {
    return contract.values().isEmpty()
        ? null
        : contract.values().stream()
            .map(YearValue::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static void money(JsonGenerator json, String name, BigDecimal amount) {
    json.writeObjectPropertyStart(name);
    json.writeNumberProperty("amount", amount);
    json.writeStringProperty("currency", "GBP");
    json.writeEndObject();
  }

  private static void period(JsonGenerator json, String name, Contract contract) {
    json.writeObjectPropertyStart(name);
    json.writeStringProperty("startDate", start(contract.startOn()));
    json.writeStringProperty("endDate", end(contract.endOn()));
    json.writeStringProperty("maxExtentDate", end(contract.furthestEnd()));
    json.writeEndObject();
  }

  /** The start of a day in the UK, with its offset: a date read back is the same date. */
  static String start(LocalDate day) {
    return DATE_TIME.format(day.atStartOfDay(FinancialYear.UK));
  }

  static String end(LocalDate day) {
    return DATE_TIME.format(ZonedDateTime.of(day.atTime(23, 59, 59), FinancialYear.UK));
  }

  private static String instant(OffsetDateTime time) {
    return DATE_TIME.format(time.withNano(0));
  }
}
