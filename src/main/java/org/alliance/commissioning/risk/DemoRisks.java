package org.alliance.commissioning.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.database.DatabaseMode;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, fills an empty risk register: the risk table of Northamptonshire's recommissioning
 * paper (seed 004, section 7.4, "Risks and Mitigations") word for word, with its residual ratings
 * as published and no scores (the paper gives none), as alliance-level risks of the
 * "Recommissioning programme" owned by the demo commissioner; and four alliance risks shaped by
 * Plymouth's and Lambeth's alliances (shared risk, a member leaving, the devolved budget
 * overspending, the young people's pilot) owned by the alliance manager. One of each owner's is
 * past its review date, so the home-page notices show. Runs once, while the register is empty,
 * under an advisory lock, after the commissioning contracts (200).
 */
@Component
@Order(230)
class DemoRisks implements ApplicationRunner {

  static final String PROGRAMME = "Recommissioning programme";

  /**
   * Seed 004's table: risk, mitigation, residual risk, exactly as printed (including "etc cost of
   * living").
   */
  static final List<List<String>> SEED_004 =
      List.of(
          List.of(
              "Providers do not agree to the extension. Contract variations will likely come with"
                  + " additional costs (etc cost of living).",
              "Consultation with providers evidences they are keen to move forward with the"
                  + " extension.",
              "Low"),
          List.of(
              "Providers refuse contract variations",
              "Commissioners have currently established strong working relationships with"
                  + " providers.",
              "Medium"),
          List.of(
              "Gaps and performance issues in current contracts will continue to be problematic",
              "Rigorous performance monitoring will take place to ensure value for money and"
                  + " quality is maintained.",
              "Medium"),
          List.of(
              "Management attention will be diverted to supplier performance",
              "Option to utilise additional resource via the drug grants (Commissioning Support"
                  + " Officers).",
              "Medium"),
          List.of(
              "Procurement Activity is delayed",
              "Commissioner working closely with Procurement to ensure this remains on track."
                  + " Procurement timeline drafted.",
              "Low"),
          List.of(
              "Challenges from Public/Providers",
              "Commissioners have liaised with Procurement & Legal colleagues to ensure there are"
                  + " no risks/implications. Continued communication and engagement to be"
                  + " completed with users, families, carers, providers and the public over the"
                  + " extended period.",
              "Low"),
          List.of(
              "Cost in time providers engaging in more procurement exercise",
              "This has not been highlighted as a potential issue for providers during informal"
                  + " discussions with the Commissioner.",
              "Low"),
          List.of(
              "No bids received for the re-commissioning activity",
              "All current Providers have provided feedback that they are likely to bid.",
              "Low"));

  private static final Logger log = LoggerFactory.getLogger(DemoRisks.class);

  private final DatabaseMode mode;
  private final UserAccounts users;
  private final Risks risks;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoRisks(
      DatabaseMode mode,
      UserAccounts users,
      Risks risks,
      AuditLog audit,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.users = users;
    this.risks = risks;
    this.audit = audit;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    try {
      Integer made = transaction.execute(status -> fill());
      if (made != null && made > 0) {
        log.info("Added {} demo risks", made);
      }
    } catch (RuntimeException e) {
      // Demo data is a convenience: a failure here must never stop the application starting.
      log.warn("Could not add the demo risks: {}", e.getMessage());
    }
  }

  private int fill() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-risks'))")
        .query(Object.class)
        .single();
    if (jdbc.sql("select exists (select 1 from commissioning.risk)")
        .query(Boolean.class)
        .single()) {
      return 0;
    }
    UserAccount commissioner = users.findByUsername("commissioner").orElse(null);
    UserAccount manager = users.findByUsername("manager").orElse(null);
    if (commissioner == null || manager == null) {
      return 0;
    }
    LocalDate today = Risks.today();
    int made = 0;
    for (int i = 0; i < SEED_004.size(); i++) {
      List<String> row = SEED_004.get(i);
      // The paper's risk about procurement slipping is the one left past its review date.
      LocalDate review = i == 4 ? today.minusDays(12) : today.plusWeeks(4 + i);
      add(
          new RiskFields(
              RiskFields.ALLIANCE,
              null,
              PROGRAMME,
              row.get(0),
              commissioner.displayName(),
              "Commissioner",
              commissioner.id(),
              null,
              null,
              List.of(row.get(1)),
              null,
              null,
              row.get(2).toLowerCase(java.util.Locale.ROOT),
              review,
              RiskFields.OPEN));
      made++;
    }
    add(
        alliance(
            "Shared risk",
            "A member's service underperforms and, because the alliance holds its risks"
                + " collectively, the shortfall falls on every member",
            manager,
            3,
            4,
            List.of(
                "The alliance management team reviews every member's performance each month",
                "No fault, no blame: the leadership team agrees a recovery plan with the member"
                    + " and moves resources where people using services need them"),
            2,
            3,
            today.plusWeeks(6)));
    add(
        alliance(
            "Alliance agreement",
            "A member leaves the alliance part way through the contract, leaving a gap in the"
                + " service offer and its share of the budget unplanned",
            manager,
            2,
            5,
            List.of(
                "The alliance agreement sets a notice period and how a leaving member's work,"
                    + " staff and budget pass to the others",
                "Every member understands the jointly held financial risk before signing"),
            1,
            4,
            today.minusDays(5)));
    add(
        alliance(
            "Alliance budget",
            "Demand-led spending (prescribing, bed and breakfast accommodation) overspends the"
                + " budget devolved to the alliance",
            manager,
            4,
            4,
            List.of(
                "Each member's finance lead records spend in the open-book ledger every month",
                "The alliance manager presents the composite financial report, with variance by"
                    + " line, to the leadership team each month",
                "The leadership team agrees any move of money between lines unanimously"),
            3,
            3,
            today.plusWeeks(2)));
    add(
        alliance(
            "Young people's pilot",
            "The twelve-month young people's pilot (£96K) ends without enough evidence to decide"
                + " whether to carry on with the alliance model",
            manager,
            3,
            3,
            List.of(
                "Evaluation built in from the start: attendance, no-shows and young people's own"
                    + " outcomes, reported each quarter"),
            2,
            3,
            today.plusWeeks(10)));
    return made + 4;
  }

  private static RiskFields alliance(
      String area,
      String description,
      UserAccount owner,
      int likelihood,
      int impact,
      List<String> mitigations,
      int residualLikelihood,
      int residualImpact,
      LocalDate review) {
    return new RiskFields(
        RiskFields.ALLIANCE,
        null,
        area,
        description,
        owner.displayName(),
        "Alliance manager",
        owner.id(),
        likelihood,
        impact,
        mitigations,
        residualLikelihood,
        residualImpact,
        null,
        review,
        RiskFields.OPEN);
  }

  private void add(RiskFields fields) {
    UUID id = risks.createBySystem(fields);
    audit.recordSystem(AuditEntry.of("risk.created", "risk", id).withDetail("demo data"));
  }
}
