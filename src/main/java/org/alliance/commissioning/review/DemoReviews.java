package org.alliance.commissioning.review;

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
 * In demo mode: a contract review checklist drawn from Norfolk's young people's joint commissioning
 * strategy (seed 002: "a set checklist of criteria based on detailed service specifications", its
 * commissioning principles as the criteria's guidance), made while there is no checklist; and,
 * while there is no review and the register holds a contract (the commissioning contracts come at
 * 200), a completed review of a young people's contract (else the first by reference) with three
 * actions: two for the demo commissioner, one of them overdue, and one for the alliance manager.
 * Runs under an advisory lock and never stops a start.
 */
@Component
@Order(230)
class DemoReviews implements ApplicationRunner {

  static final String CHECKLIST = "Young people's substance misuse services (Norfolk)";
  static final String SPECIFICATION =
      "Young people's specialist substance misuse service specification, N-DAP Young People's"
          + " Joint Commissioning Group";

  /** Criterion, guidance (the strategy's own words), rating, evidence, comment. */
  static final List<List<String>> CRITERIA =
      List.of(
          List.of(
              "Improves outcomes for young people",
              "All commissioning decisions are based on a clear rationale for improving outcomes"
                  + " for young people with drug and/or alcohol related needs (through own use or"
                  + " as a result of others).",
              "green",
              "Outcome profiles for the year: 71% of young people left treatment in a planned way.",
              "Above the regional figure."),
          List.of(
              "Prevention and harm minimisation underpin the service",
              "The principle of prevention and harm minimisation will underpin service provision.",
              "green",
              "Harm reduction sessions in every school cluster; naloxone training for older young"
                  + " people.",
              ""),
          List.of(
              "Equal access across the county",
              "Equal access to all young people's substance misuse services, taking into account"
                  + " the needs of a diverse population.",
              "amber",
              "Referrals by area: the west of the county sends a third as many as the city.",
              "The rural outreach is thinner than the specification asks."),
          List.of(
              "Developed on the basis of identified need",
              "Services are developed on the basis of identified need: the young people's needs"
                  + " assessment.",
              "green",
              "Service plan refreshed after the needs assessment.",
              ""),
          List.of(
              "Good practice, with its effectiveness monitored",
              "Services will be developed in line with good practice and the effectiveness of"
                  + " practice will be monitored.",
              "green",
              "Quarterly case file audits; supervision records.",
              ""),
          List.of(
              "Young people, parents and carers participate and are consulted",
              "Children, young people, their parents/carers, the wider community and partners can"
                  + " meaningfully participate and are consulted.",
              "amber",
              "A young people's panel met twice; no parents' or carers' forum yet.",
              "Needs a forum for parents and carers."),
          List.of(
              "Transition to adult services is planned",
              "The transition which people make from young people's substance misuse services to"
                  + " adult treatment services must be carefully considered.",
              "red",
              "No joint protocol with the adult treatment service; two young people lost contact"
                  + " at 18.",
              "A protocol is needed before the next review."),
          List.of(
              "Efficient use of the resources committed through contract",
              "Find ways to maximise the efficient use made of those resources committed through"
                  + " contract.",
              "green",
              "Unit costs in line with the contract's financial model; no underspend carried.",
              ""));

  private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);

  private final DatabaseMode mode;
  private final UserAccounts users;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoReviews(
      DatabaseMode mode,
      UserAccounts users,
      AuditLog audit,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.users = users;
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
      transaction.executeWithoutResult(status -> fill());
    } catch (RuntimeException e) {
      // Demo data is a convenience: a failure here must never stop the application starting.
      log.warn("Could not add the demo contract review: {}", e.getMessage());
    }
  }

  private void fill() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-reviews'))")
        .query(Object.class)
        .single();
    if (!jdbc.sql("select exists (select 1 from commissioning.review_checklist)")
        .query(Boolean.class)
        .single()) {
      checklist();
    }
    if (jdbc.sql("select exists (select 1 from commissioning.contract_review)")
        .query(Boolean.class)
        .single()) {
      return;
    }
    UUID contract =
        jdbc.sql(
                """
                select id from commissioning.contract
                 order by (service ilike '%young%') desc, reference limit 1
                """)
            .query(UUID.class)
            .optional()
            .orElse(null);
    UUID checklist =
        jdbc.sql("select id from commissioning.review_checklist where name = :name")
            .param("name", CHECKLIST)
            .query(UUID.class)
            .optional()
            .orElse(null);
    if (contract != null
        && checklist != null
        && review(contract, checklist, ContractReviews.today()) != null) {
      log.info("Added a demo contract review");
    }
  }

  UUID checklist() {
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.review_checklist (name, specification)
                values (:name, :specification)
                on conflict (name) do nothing
                returning id
                """)
            .param("name", CHECKLIST)
            .param("specification", SPECIFICATION)
            .query(UUID.class)
            .optional()
            .orElse(null);
    if (id == null) {
      return null;
    }
    for (int i = 0; i < CRITERIA.size(); i++) {
      jdbc.sql(
              """
              insert into commissioning.review_criterion (checklist_id, position, criterion, guidance)
              values (:checklist, :position, :criterion, :guidance)
              """)
          .param("checklist", id)
          .param("position", i + 1)
          .param("criterion", CRITERIA.get(i).get(0))
          .param("guidance", CRITERIA.get(i).get(1))
          .update();
    }
    audit.recordSystem(
        AuditEntry.of("review-checklist.created", "review-checklist", id).withDetail("demo data"));
    return id;
  }

  /**
   * A completed review of the contract against the checklist three weeks before today, with its
   * findings and three actions; null when the demo users are missing. Must run in a transaction.
   */
  UUID review(UUID contract, UUID checklist, LocalDate today) {
    UserAccount commissioner = users.findByUsername("commissioner").orElse(null);
    UserAccount manager = users.findByUsername("manager").orElse(null);
    if (commissioner == null || manager == null) {
      return null;
    }
    UUID review =
        jdbc.sql(
                """
                insert into commissioning.contract_review
                  (contract_id, checklist_id, reviewed_on, status, version, created_by)
                values (:contract, :checklist, :on, 'completed', 1, :by) returning id
                """)
            .param("contract", contract)
            .param("checklist", checklist)
            .param("on", today.minusWeeks(3))
            .param("by", commissioner.id())
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            insert into commissioning.review_assessment
              (review_id, criterion_id, evidence, rating, comment)
            select :review, k.id, f.evidence, f.rating, nullif(f.comment, '')
              from commissioning.review_criterion k
              join unnest(cast(:criteria as text[]), cast(:evidence as text[]),
                          cast(:ratings as text[]), cast(:comments as text[]))
                     as f(criterion, evidence, rating, comment)
                on f.criterion = k.criterion
             where k.checklist_id = :checklist
            """)
        .param("review", review)
        .param("checklist", checklist)
        .param("criteria", CRITERIA.stream().map(c -> c.get(0)).toArray(String[]::new))
        .param("evidence", CRITERIA.stream().map(c -> c.get(3)).toArray(String[]::new))
        .param("ratings", CRITERIA.stream().map(c -> c.get(2)).toArray(String[]::new))
        .param("comments", CRITERIA.stream().map(c -> c.get(4)).toArray(String[]::new))
        .update();
    action(
        review,
        "Agree a transition protocol with the adult treatment service",
        commissioner,
        today.minusDays(7));
    action(
        review,
        "Outreach plan for the west of the county, with referrals by area each quarter",
        commissioner,
        today.plusWeeks(3));
    action(
        review,
        "Bring the young people's panel's views to the next leadership team meeting",
        manager,
        today.plusWeeks(2));
    audit.recordSystem(
        AuditEntry.of("contract-review.created", "contract-review", review)
            .withDetail("demo data"));
    return review;
  }

  private void action(UUID review, String description, UserAccount owner, LocalDate due) {
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.review_action (review_id, description, owner_user_id, due_on)
                values (:review, :description, :owner, :due) returning id
                """)
            .param("review", review)
            .param("description", description)
            .param("owner", owner.id())
            .param("due", due)
            .query(UUID.class)
            .single();
    audit.recordSystem(
        AuditEntry.of("review-action.created", "review-action", id).withDetail("demo data"));
  }
}
