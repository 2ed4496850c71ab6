package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.database.DatabaseMode;
import org.alliance.directory.ServiceLookup;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, the register holds seed 004's seven contracts and four grants, as Northamptonshire
 * published them, with the councils renamed: North Northamptonshire is Brackenford City Council
 * (48.6%), West Northamptonshire is West Brackenshire Council (51.4%, the host). Values are
 * 2023/24's published annual values in pounds. Every one is a whole number of thousands except
 * adult structured treatment, entered as £5,394,200: with £5,394,000 no single rounding rule prints
 * both the published 2,622 and 2,772, and any value from £5,394,034 to £5,394,499 does, with North
 * rounded half up and West (the host) taking the rounded total less North's figure. The £0.239m
 * from the Police, Fire and Crime Commissioner inside the £6.983m core total is a funding source on
 * adult structured treatment (the seed does not say which contract it funds). Beside them, seed
 * 000's £96K twelve-month young people's pilot, fictionalised as Open Road Young People's
 * Service's, dated to end a few months from today so its end-date alert shows. Runs once, while the
 * register is empty, under an advisory lock; a failure is logged and never stops the start.
 */
@Component
@Order(200)
class DemoRegister implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);

  static final String NORTH = "Brackenford City Council";
  static final String WEST = "West Brackenshire Council";
  private static final LocalDate START = LocalDate.of(2018, 4, 1);
  private static final LocalDate END_2024 = LocalDate.of(2024, 3, 31);
  private static final int PUBLISHED_YEAR = 2023;

  private final DatabaseMode mode;
  private final Organisations organisations;
  private final ServiceLookup directory;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoRegister(
      DatabaseMode mode,
      Organisations organisations,
      ServiceLookup directory,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.organisations = organisations;
    this.directory = directory;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    try {
      transaction.executeWithoutResult(status -> load());
    } catch (RuntimeException e) {
      log.warn("The demo contract register was not loaded: {}", e.getMessage());
    }
  }

  private void load() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-register'))")
        .query(Object.class)
        .single();
    if (jdbc.sql("select exists (select 1 from commissioning.contract)")
            .query(Boolean.class)
            .single()
        || jdbc.sql("select exists (select 1 from commissioning.funding_grant)")
            .query(Boolean.class)
            .single()) {
      return;
    }
    List<Organisation> councils =
        organisations.all().stream()
            .filter(o -> o.relationship() == Relationship.COMMISSIONER)
            .toList();
    Optional<UUID> north = named(councils, NORTH);
    Optional<UUID> west = named(councils, WEST);
    if (north.isEmpty() || west.isEmpty()) {
      return;
    }
    UUID n = north.get();
    UUID w = west.get();
    LocalDate today = LocalDate.now(FinancialYear.UK);

    // Adult treatment: to 31/03/24 with an option to 2026, which was taken (seed 004's Option 2
    // aligned end dates to 2026).
    UUID adult =
        contract(
            "NN-ADULT-2018",
            "Adult structured treatment – Substance 2 Solutions",
            "Adult drug and alcohol structured treatment across both councils.",
            START,
            END_2024,
            6,
            n,
            w,
            "Change Grow Live (CGL)",
            "5394200.00",
            today);
    option(adult, 1, 24, LocalDate.of(2023, 9, 29), "taken", LocalDate.of(2023, 9, 29));
    extend(adult, 24);
    status(adult, today);
    funding(adult, "core-public-health-grant", "Core public health grant", "5155200.00", null);
    funding(
        adult, "partner-contribution", "Police, Fire and Crime Commissioner", "239000.00", null);
    link(adult, "30aa955d-1031-473d-9ef9-11a535c9abef");
    link(adult, "f69f9585-bbdb-4aac-8ddb-31852466ccc1");

    UUID ngage =
        contract(
            "NN-NGAGE-2018",
            "Children & Young people prevention and treatment service - Ngage",
            "Using its option to extend, taken in 2022.",
            START,
            END_2024,
            6,
            n,
            w,
            "Aquarius",
            "300000.00",
            today);
    option(ngage, 1, 24, LocalDate.of(2021, 9, 30), "taken", LocalDate.of(2021, 9, 30));
    coreGrant(ngage, "300000.00");

    // Bridge: to 31/03/26 with options to extend by no more than eight years in all; the first
    // two-year option was taken in 2025, three remain.
    UUID bridge =
        contract(
            "NN-BRIDGE-2018",
            "Substance misuse recovery service including a housing offer",
            "Recovery with a housing offer; options to extend by no more than eight years in all.",
            START,
            LocalDate.of(2026, 3, 31),
            6,
            n,
            w,
            "Bridge",
            "800000.00",
            today);
    option(bridge, 1, 24, LocalDate.of(2025, 9, 30), "taken", LocalDate.of(2025, 9, 30));
    extend(bridge, 24);
    option(bridge, 2, 24, LocalDate.of(2027, 9, 30), "open", null);
    option(bridge, 3, 24, LocalDate.of(2029, 9, 30), "open", null);
    option(bridge, 4, 24, LocalDate.of(2031, 9, 30), "open", null);
    for (int year = PUBLISHED_YEAR + 1; year <= 2027; year++) {
      // Assumed: the annual value carries on unchanged (the seed gives 2023/24's only).
      value(bridge, year, "800000.00");
    }
    coreGrant(bridge, "800000.00");
    link(bridge, "5810bc3c-755e-4cf1-9a40-4b1828f4da5b");
    status(bridge, today);

    UUID family =
        contract(
            "NN-FAMILY-2018",
            "Family support service",
            "No option to extend.",
            START,
            END_2024,
            3,
            n,
            w,
            "Family Support Link",
            "160000.00",
            today);
    coreGrant(family, "160000.00");
    link(family, "7f2e5d75-43ee-45bd-86ef-7db82ba78a7f");
    UUID youth =
        contract(
            "NN-YOS-SLA",
            "Support to youth offenders",
            "An annual service level agreement.",
            START,
            END_2024,
            3,
            n,
            w,
            "Youth Offending Service",
            "80000.00",
            today);
    coreGrant(youth, "80000.00");
    link(youth, "6242ecb2-0a5c-4995-ba99-532173589a25");
    UUID training =
        contract(
            "NN-HF-2018",
            "Workforce training in Drugs and Alcohol – Healthy Futures",
            "No option to extend.",
            START,
            END_2024,
            3,
            n,
            w,
            "Aquarius",
            "156000.00",
            today);
    coreGrant(training, "156000.00");
    UUID carePath =
        contract(
            "NN-CAREPATH-2018",
            "Case management system – Care Path",
            "Extended to 31/03/24 under a waiver; no option to extend.",
            START,
            END_2024,
            3,
            n,
            w,
            "Illy Systems",
            "93000.00",
            today);
    coreGrant(carePath, "93000.00");

    pilot(n, today);
    grants(n, w);
  }

  private static Optional<UUID> named(List<Organisation> councils, String name) {
    return councils.stream().filter(c -> c.name().equals(name)).map(Organisation::id).findFirst();
  }

  private UUID contract(
      String reference,
      String service,
      String description,
      LocalDate start,
      LocalDate end,
      int notice,
      UUID north,
      UUID west,
      String provider,
      String value,
      LocalDate today) {
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.contract (reference, service, description, status,
                  start_on, end_on, notice_months, host_council_id)
                values (:reference, :service, :description, :status, :start, :end, :notice, :west)
                returning id
                """)
            .param("reference", reference)
            .param("service", service)
            .param("description", description)
            .param("status", end.isBefore(today) ? "ended" : "active")
            .param("start", start)
            .param("end", end)
            .param("notice", notice)
            .param("west", west)
            .query(UUID.class)
            .single();
    share(id, north, "48.6");
    share(id, west, "51.4");
    jdbc.sql(
            """
            insert into commissioning.contract_provider (contract_id, position, name, role)
            values (:id, 1, :name, 'prime')
            """)
        .param("id", id)
        .param("name", provider)
        .update();
    value(id, PUBLISHED_YEAR, value);
    return id;
  }

  private void share(UUID id, UUID council, String percent) {
    jdbc.sql(
            """
            insert into commissioning.contract_council (contract_id, council_id, percent)
            values (:id, :council, :percent)
            """)
        .param("id", id)
        .param("council", council)
        .param("percent", new BigDecimal(percent))
        .update();
  }

  private void value(UUID id, int year, String amount) {
    jdbc.sql(
            """
            insert into commissioning.contract_value (contract_id, financial_year, amount)
            values (:id, :year, :amount)
            """)
        .param("id", id)
        .param("year", year)
        .param("amount", new BigDecimal(amount))
        .update();
  }

  private void option(
      UUID id, int position, int months, LocalDate decideBy, String state, LocalDate decidedOn) {
    jdbc.sql(
            """
            insert into commissioning.extension_option (contract_id, position, months, decide_by,
              state, decided_on)
            values (:id, :position, :months, :decideBy, :state, :decidedOn)
            """)
        .param("id", id)
        .param("position", position)
        .param("months", months)
        .param("decideBy", decideBy)
        .param("state", state)
        .param("decidedOn", decidedOn)
        .update();
  }

  /** A taken option moves the end on, as taking one on the page does. */
  private void extend(UUID id, int months) {
    jdbc.sql(
            """
            update commissioning.contract
               set end_on = (end_on + make_interval(months => :months))::date
             where id = :id
            """)
        .param("id", id)
        .param("months", months)
        .update();
  }

  private void status(UUID id, LocalDate today) {
    jdbc.sql(
            """
            update commissioning.contract
               set status = case when end_on < :today then 'ended' else 'active' end
             where id = :id
            """)
        .param("id", id)
        .param("today", today)
        .update();
  }

  private void coreGrant(UUID id, String amount) {
    funding(id, "core-public-health-grant", "Core public health grant", amount, null);
  }

  private void funding(UUID id, String kind, String name, String amount, UUID council) {
    jdbc.sql(
            """
            insert into commissioning.funding_source (contract_id, financial_year, kind, name,
              amount, council_id, level)
            values (:id, :year, :kind, :name, :amount, :council, 'aligned-budgets')
            """)
        .param("id", id)
        .param("year", PUBLISHED_YEAR)
        .param("kind", kind)
        .param("name", name)
        .param("amount", new BigDecimal(amount))
        .param("council", council)
        .update();
  }

  /** Links a directory service when the demo directory lists it. */
  private void link(UUID id, String serviceId) {
    if (directory.service(serviceId).isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            insert into commissioning.contract_service (contract_id, directory_service_id)
            values (:id, :service)
            """)
        .param("id", id)
        .param("service", serviceId)
        .update();
  }

  /**
   * Seed 000's £96K twelve-month young people's pilot (Lambeth's, fictionalised here as Open Road
   * Young People's Service's for Brackenford alone), starting eight months before this month so it
   * ends, and alerts, in a few months whenever the demo runs. The whole £96,000 is recorded against
   * the financial year the pilot starts in.
   */
  private void pilot(UUID north, LocalDate today) {
    LocalDate start = today.withDayOfMonth(1).minusMonths(8);
    LocalDate end = start.plusMonths(12).minusDays(1);
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.contract (reference, service, description, status,
                  start_on, end_on, notice_months, host_council_id)
                values ('BCC-YP-PILOT', 'Young people''s alliance pilot', :description, 'active',
                  :start, :end, 1, :north)
                returning id
                """)
            .param(
                "description",
                "A twelve-month pilot of an alliance of providers offering young people asset-based"
                    + " interventions, with a budget of £96K; if it succeeds, the model for the next"
                    + " few years. Fictional: after seed 000's Lambeth pilot.")
            .param("start", start)
            .param("end", end)
            .param("north", north)
            .query(UUID.class)
            .single();
    share(id, north, "100");
    UUID openRoad =
        organisations.all().stream()
            .filter(o -> o.name().equals("Open Road Young People's Service"))
            .map(Organisation::id)
            .findFirst()
            .orElse(null);
    jdbc.sql(
            """
            insert into commissioning.contract_provider (contract_id, position, name,
              organisation_id, role)
            values (:id, 1, 'Open Road Young People''s Service', :org, 'prime')
            """)
        .param("id", id)
        .param("org", openRoad)
        .update();
    int year = FinancialYear.of(start);
    value(id, year, "96000.00");
    jdbc.sql(
            """
            insert into commissioning.funding_source (contract_id, financial_year, kind, name,
              amount, council_id, level)
            values (:id, :year, 'core-public-health-grant', 'Core public health grant', 96000.00,
              :north, 'single-agency')
            """)
        .param("id", id)
        .param("year", year)
        .param("north", north)
        .update();
    link(id, "8dd68de3-c9bc-43f7-bc90-9129d80d955a");
  }

  /** Seed 004's Table 2, in pounds, for 2023/24 and 2024/25; West hosts every grant. */
  private void grants(UUID north, UUID west) {
    grant(
        "Supplemental Substance Misuse Treatment and Recovery Grant",
        "SSMTRG",
        "West hosts and receives the grant.",
        north,
        west,
        false,
        "1366000.00",
        "2243000.00");
    grant(
        "Housing Support Grant",
        "HSG",
        "Separate grants; West hosts.",
        north,
        west,
        false,
        "596000.00",
        "596000.00");
    grant(
        "Inpatient Detoxification Consortium",
        "IPD",
        "West hosts and receives the grant.",
        north,
        west,
        false,
        "115000.00",
        "115000.00");
    grant(
        "Rough Sleepers Drug and Alcohol Treatment Grant",
        "RSDATG",
        "West only: received by West Brackenshire alone.",
        north,
        west,
        true,
        "811000.00",
        "811000.00");
  }

  private void grant(
      String name,
      String shortName,
      String note,
      UUID north,
      UUID west,
      boolean westOnly,
      String first,
      String second) {
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.funding_grant (name, short_name, issuer,
                  host_council_id, note)
                values (:name, :short, 'Office for Health Improvement and Disparities (OHID)',
                  :west, :note)
                returning id
                """)
            .param("name", name)
            .param("short", shortName)
            .param("west", west)
            .param("note", note)
            .query(UUID.class)
            .single();
    if (westOnly) {
      grantShare(id, west, "100");
    } else {
      grantShare(id, north, "48.6");
      grantShare(id, west, "51.4");
    }
    grantAmount(id, PUBLISHED_YEAR, first);
    grantAmount(id, PUBLISHED_YEAR + 1, second);
  }

  private void grantShare(UUID id, UUID council, String percent) {
    jdbc.sql(
            """
            insert into commissioning.grant_council (grant_id, council_id, percent)
            values (:id, :council, :percent)
            """)
        .param("id", id)
        .param("council", council)
        .param("percent", new BigDecimal(percent))
        .update();
  }

  private void grantAmount(UUID id, int year, String amount) {
    jdbc.sql(
            """
            insert into commissioning.grant_amount (grant_id, financial_year, amount)
            values (:id, :year, :amount)
            """)
        .param("id", id)
        .param("year", year)
        .param("amount", new BigDecimal(amount))
        .update();
  }
}
