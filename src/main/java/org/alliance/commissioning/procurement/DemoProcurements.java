package org.alliance.commissioning.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.database.DatabaseMode;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
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
 * In demo mode, seed 004's recommissioning of the young people's service, run as a Provider
 * Selection Regime competitive process (drug and alcohol prevention and treatment for young people
 * is a health care service) in Plymouth's three stages: a supplier questionnaire with pass/fail and
 * scored questions, initial tenders and final tenders, with the key criteria as the tenders'
 * headings. Three fictional bidders; two evaluators, the demo commissioner and {@code
 * commissioner2} (West Brackenshire Council, made here if missing, with the demo password), one of
 * whom declared a conflict with a bidder; the questionnaire scored, submitted and moderated, one
 * bidder out on insurance; initial tenders scored by one evaluator and waiting for the other. And
 * workforce training for the alliance's staff, which is not health care, directly awarded under the
 * Procurement Act 2023 with its standstill across the August bank holiday. Runs once, while no
 * procurement exists, under an advisory lock, and never stops a start.
 */
@Component
@Order(240)
class DemoProcurements implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoProcurements.class);

  /** The demo alliance's password (the demo module's; modules share no code). */
  private static final String DEMO_PASSWORD = "alliance-demo";

  private final DatabaseMode mode;
  private final UserAccounts users;
  private final Organisations organisations;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final AuditLog audit;

  DemoProcurements(
      DatabaseMode mode,
      UserAccounts users,
      Organisations organisations,
      JdbcClient jdbc,
      TransactionTemplate transaction,
      AuditLog audit) {
    this.mode = mode;
    this.users = users;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.audit = audit;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    try {
      Boolean made =
          transaction.execute(
              status -> {
                jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-procurements'))")
                    .query(Object.class)
                    .single();
                if (jdbc.sql("select exists (select 1 from commissioning.procurement)")
                    .query(Boolean.class)
                    .single()) {
                  return false;
                }
                UserAccount lead = users.findByUsername("commissioner").orElse(null);
                if (lead == null) {
                  return false;
                }
                UserAccount second = secondCommissioner(lead);
                load(lead, second);
                audit.recordSystem(
                    AuditEntry.of("procurement.demo-loaded", "procurement", null)
                        .withDetail("the young people's service and workforce training"));
                return true;
              });
      if (Boolean.TRUE.equals(made)) {
        log.info(
            "Loaded the demo procurements: a second evaluator signs in as commissioner2 with the"
                + " password {}",
            DEMO_PASSWORD);
      }
    } catch (RuntimeException e) {
      log.warn("The demo procurements were not loaded: {}", e.getMessage());
    }
  }

  private UserAccount secondCommissioner(UserAccount lead) {
    return users
        .findByUsername("commissioner2")
        .orElseGet(
            () -> {
              UUID council =
                  organisations.all().stream()
                      .filter(o -> o.relationship() == Relationship.COMMISSIONER)
                      .map(Organisation::id)
                      .filter(id -> !id.equals(lead.organisationId()))
                      .findFirst()
                      .orElse(lead.organisationId());
              UserAccount account =
                  users.create(
                      new NewUser(
                          "commissioner2",
                          "Jonah Reid",
                          "commissioner2@brackenshire-alliance.example.org",
                          council,
                          Set.of(Role.COMMISSIONER),
                          DEMO_PASSWORD),
                      true);
              users.markAsDemoAccount(account.id());
              return account;
            });
  }

  private void load(UserAccount priya, UserAccount jonah) {
    UUID contract =
        jdbc.sql(
                """
                select id from commissioning.contract
                 where service ilike '%young people%' order by reference limit 1
                """)
            .query(UUID.class)
            .optional()
            .orElse(null);
    UUID p =
        procurement(
            "Young people's drug and alcohol prevention and treatment service",
            contract,
            "psr-competitive",
            LocalDate.of(2026, 9, 1),
            priya.id());
    UUID sq = stage(p, 1, "Supplier questionnaire");
    UUID initial = stage(p, 2, "Initial tenders");
    stage(p, 3, "Final tenders");
    UUID insurance =
        question(
            sq,
            1,
            "Insurance: employer's liability and public liability of £5 million each",
            null,
            null);
    UUID safeguarding =
        question(
            sq,
            2,
            "Safeguarding: policies, training and DBS checks for work with children",
            null,
            null);
    UUID experience =
        question(sq, 3, "Experience of young people's substance misuse services", 5, "60");
    UUID finance = question(sq, 4, "Financial standing and capacity", 5, "40");
    UUID quality = question(initial, 1, "Quality and innovation", 100, "30");
    UUID value = question(initial, 2, "Value", 100, "20");
    UUID integration =
        question(initial, 3, "Integration, collaboration and service sustainability", 100, "20");
    UUID access =
        question(
            initial,
            4,
            "Improving access, reducing health inequalities and facilitating choice",
            100,
            "20");
    UUID social = question(initial, 5, "Social value", 100, "10");
    UUID stage3 =
        jdbc.sql(
                "select id from commissioning.procurement_stage where procurement_id = :p and position = 3")
            .param("p", p)
            .query(UUID.class)
            .single();
    question(stage3, 1, "Quality and innovation", 5, "30");
    question(stage3, 2, "Value", 5, "20");
    question(stage3, 3, "Integration, collaboration and service sustainability", 5, "20");
    question(
        stage3,
        4,
        "Improving access, reducing health inequalities and facilitating choice",
        5,
        "20");
    question(stage3, 5, "Social value", 5, "10");

    UUID brightpath =
        bidder(p, "Brightpath Youth Trust", "Lead of a consortium with two charities");
    UUID northway = bidder(p, "Northway Health CIC", "Community interest company");
    UUID riverside = bidder(p, "Riverside Young Minds Ltd", null);
    evaluator(p, priya);
    evaluator(p, jonah);
    for (UUID b : List.of(brightpath, northway, riverside)) {
      declare(p, priya.id(), b, null);
    }
    declare(p, jonah.id(), brightpath, null);
    declare(p, jonah.id(), riverside, null);
    declare(
        p,
        jonah.id(),
        northway,
        "Until March 2026 I was a non-executive director of Northway Health CIC");

    // The supplier questionnaire: both scored alone and submitted; Jonah did not score Northway.
    String pass = "pass";
    String fail = "fail";
    score(insurance, brightpath, priya.id(), pass, "Certificates for £5m and £10m provided");
    score(safeguarding, brightpath, priya.id(), pass, "Policies current; DBS checks evidenced");
    score(experience, brightpath, priya.id(), "4", "Eight years running two similar services");
    score(finance, brightpath, priya.id(), "4", "Healthy reserves; accounts filed on time");
    score(insurance, northway, priya.id(), pass, "Certificates provided");
    score(safeguarding, northway, priya.id(), pass, "Policies current");
    score(experience, northway, priya.id(), "3", "Adult services mostly; one youth pilot");
    score(finance, northway, priya.id(), "5", "Strong balance sheet and NHS income");
    score(insurance, riverside, priya.id(), fail, "Public liability cover is £2m, not £5m");
    score(safeguarding, riverside, priya.id(), pass, "Policies current");
    score(experience, riverside, priya.id(), "4", "Runs a school-based service");
    score(finance, riverside, priya.id(), "3", "Adequate, with a small overdraft");
    score(insurance, brightpath, jonah.id(), pass, "Certificates seen");
    score(safeguarding, brightpath, jonah.id(), pass, "Good training records");
    score(experience, brightpath, jonah.id(), "5", "Excellent outcomes data from both services");
    score(finance, brightpath, jonah.id(), "4", "Sound accounts");
    score(insurance, riverside, jonah.id(), fail, "Only £2m public liability");
    score(safeguarding, riverside, jonah.id(), pass, "Adequate policies");
    score(experience, riverside, jonah.id(), "3", "Limited treatment experience");
    score(finance, riverside, jonah.id(), "3", "Adequate");
    submit(sq, priya.id());
    submit(sq, jonah.id());

    // Moderation of the questionnaire.
    String by = priya.displayName();
    moderate(
        insurance,
        brightpath,
        pass,
        "Both evaluators agreed: certificates meet the minimum",
        priya.id(),
        by);
    moderate(safeguarding, brightpath, pass, "Both evaluators agreed", priya.id(), by);
    moderate(
        experience,
        brightpath,
        "4",
        "Agreed 4: strong evidence of outcomes, but one of the two services is outside the county",
        priya.id(),
        by);
    moderate(finance, brightpath, "4", "Both scored 4", priya.id(), by);
    moderate(
        insurance,
        northway,
        pass,
        "Certificates meet the minimum (one scorer: conflict)",
        priya.id(),
        by);
    moderate(
        safeguarding, northway, pass, "Policies current (one scorer: conflict)", priya.id(), by);
    moderate(experience, northway, "3", "Youth work limited to one pilot", priya.id(), by);
    moderate(finance, northway, "5", "Strongest finances of the bidders", priya.id(), by);
    moderate(
        insurance,
        riverside,
        fail,
        "Public liability insurance of £2 million is below the £5 million required, and the bidder"
            + " did not undertake to raise it before the contract starts",
        priya.id(),
        by);

    // Initial tenders: Priya has scored and submitted; Jonah has scored Brightpath only.
    Object[][] priyas = {
      {brightpath, new String[] {"75", "60", "70", "80", "65"}},
      {northway, new String[] {"65", "70", "60", "55", "50"}}
    };
    UUID[] criteria = {quality, value, integration, access, social};
    for (Object[] row : priyas) {
      String[] marks = (String[]) row[1];
      for (int i = 0; i < criteria.length; i++) {
        score(criteria[i], (UUID) row[0], priya.id(), marks[i], "See the evaluation notes");
      }
    }
    submit(initial, priya.id());
    String[] jonahs = {"80", "55", "70", "75", "70"};
    for (int i = 0; i < criteria.length; i++) {
      score(criteria[i], brightpath, jonah.id(), jonahs[i], "See my notes");
    }

    // Workforce training is not a health care service: the Procurement Act 2023 applies.
    UUID training =
        procurement(
            "Workforce training for alliance staff: trauma-informed and asset-based practice",
            null,
            "pa-direct-award",
            LocalDate.of(2026, 7, 1),
            priya.id());
    UUID assessment = stage(training, 1, "Assessment");
    question(assessment, 1, "Quality of the proposed service", 5, "40");
    question(assessment, 2, "Price", 5, "40");
    question(assessment, 3, "Social value", 5, "20");
    UUID trainer = bidder(training, "Kestrel Learning Partnership", null);
    jdbc.sql(
            """
            update commissioning.procurement
               set status = 'award-decided', award_decided_on = :on, awarded_bidder_id = :bidder,
                   award_reason = :reason, version = version + 1
             where id = :id
            """)
        .param("on", LocalDate.of(2026, 8, 28))
        .param("bidder", trainer)
        .param(
            "reason",
            "Direct award: the only supplier accredited to deliver the alliance's chosen"
                + " trauma-informed practice programme (Procurement Act 2023, Schedule 5)")
        .param("id", training)
        .update();
  }

  private UUID procurement(
      String title, UUID contract, String route, LocalDate starts, UUID createdBy) {
    return jdbc.sql(
            """
            insert into commissioning.procurement (title, contract_id, route_code, starts_on,
              created_by)
            values (:title, :contract, :route, :starts, :by) returning id
            """)
        .param("title", title)
        .param("contract", contract)
        .param("route", route)
        .param("starts", starts)
        .param("by", createdBy)
        .query(UUID.class)
        .single();
  }

  private UUID stage(UUID procurement, int position, String name) {
    return jdbc.sql(
            """
            insert into commissioning.procurement_stage (procurement_id, position, name)
            values (:p, :position, :name) returning id
            """)
        .param("p", procurement)
        .param("position", position)
        .param("name", name)
        .query(UUID.class)
        .single();
  }

  private UUID question(UUID stage, int position, String heading, Integer scale, String weight) {
    return jdbc.sql(
            """
            insert into commissioning.tender_question (stage_id, position, heading, kind,
              scale_max, weight)
            values (:stage, :position, :heading, :kind, :scale, :weight) returning id
            """)
        .param("stage", stage)
        .param("position", position)
        .param("heading", heading)
        .param("kind", scale == null ? "pass-fail" : "scored")
        .param("scale", scale)
        .param("weight", weight == null ? null : new BigDecimal(weight))
        .query(UUID.class)
        .single();
  }

  private UUID bidder(UUID procurement, String name, String organisation) {
    return jdbc.sql(
            """
            insert into commissioning.bidder (procurement_id, name, organisation)
            values (:p, :name, :organisation) returning id
            """)
        .param("p", procurement)
        .param("name", name)
        .param("organisation", organisation)
        .query(UUID.class)
        .single();
  }

  private void evaluator(UUID procurement, UserAccount account) {
    jdbc.sql(
            """
            insert into commissioning.evaluator (procurement_id, user_id, name)
            values (:p, :user, :name)
            """)
        .param("p", procurement)
        .param("user", account.id())
        .param("name", account.displayName())
        .update();
  }

  private void declare(UUID procurement, UUID user, UUID bidder, String conflict) {
    jdbc.sql(
            """
            insert into commissioning.conflict_declaration (procurement_id, user_id, bidder_id,
              conflicted, detail)
            values (:p, :user, :bidder, :conflicted, :detail)
            """)
        .param("p", procurement)
        .param("user", user)
        .param("bidder", bidder)
        .param("conflicted", conflict != null)
        .param("detail", conflict)
        .update();
  }

  private void score(UUID question, UUID bidder, UUID user, String value, String rationale) {
    boolean passFail = "pass".equals(value) || "fail".equals(value);
    jdbc.sql(
            """
            insert into commissioning.evaluation_score (question_id, bidder_id, user_id, score,
              passed, rationale)
            values (:q, :bidder, :user, :score, :passed, :rationale)
            """)
        .param("q", question)
        .param("bidder", bidder)
        .param("user", user)
        .param("score", passFail ? null : Integer.valueOf(value))
        .param("passed", passFail ? "pass".equals(value) : null)
        .param("rationale", rationale)
        .update();
  }

  private void submit(UUID stage, UUID user) {
    jdbc.sql("insert into commissioning.evaluation_submission (stage_id, user_id) values (:s, :u)")
        .param("s", stage)
        .param("u", user)
        .update();
  }

  private void moderate(
      UUID question, UUID bidder, String value, String reason, UUID by, String name) {
    boolean passFail = "pass".equals(value) || "fail".equals(value);
    jdbc.sql(
            """
            insert into commissioning.moderated_score (question_id, bidder_id, score, passed,
              reason, moderated_by, moderator)
            values (:q, :bidder, :score, :passed, :reason, :by, :name)
            """)
        .param("q", question)
        .param("bidder", bidder)
        .param("score", passFail ? null : Integer.valueOf(value))
        .param("passed", passFail ? "pass".equals(value) : null)
        .param("reason", reason)
        .param("by", by)
        .param("name", name)
        .update();
  }
}
