package org.alliance.commissioning.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Contract reviews: a review of a contract on a date against a checklist, what was found for each
 * criterion, and the actions that follow, each with an owner from the commissioning users (a
 * commissioner or the alliance manager) and a due date. Reviews are the commissioners'; an action
 * may be closed by its owner or by a commissioner, and by no one else. Every change is audited in
 * its transaction and checked against the version the form was opened at.
 */
@Component
class ContractReviews {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final int EVIDENCE_MAX = 4000;
  static final int COMMENT_MAX = 2000;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final UserAccounts users;
  private final Checklists checklists;

  ContractReviews(JdbcClient jdbc, AuditLog audit, UserAccounts users, Checklists checklists) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.users = users;
    this.checklists = checklists;
  }

  static LocalDate today() {
    return LocalDate.now(UK);
  }

  /** A review in the list, with its overall rating worked out by {@link Rag#overall}. */
  record Summary(
      UUID id,
      String contractReference,
      String contractService,
      String checklistName,
      LocalDate reviewedOn,
      String status,
      Rag overall,
      int openActions) {

    public String date() {
      return reviewedOn.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"));
    }

    public String statusLabel() {
      return ContractReview.COMPLETED.equals(status) ? "Completed" : "In progress";
    }
  }

  /** A user who may own an action. */
  record Owner(UUID id, String name) {}

  List<ContractChoice> contracts() {
    return jdbc.sql("select id, reference, service from commissioning.contract order by reference")
        .query(ContractChoice.class)
        .list();
  }

  /** Commissioning users: the commissioners and the alliance manager. */
  List<Owner> owners() {
    return users.all().stream()
        .filter(UserAccount::enabled)
        .filter(
            u -> u.roles().contains(Role.COMMISSIONER) || u.roles().contains(Role.ALLIANCE_MANAGER))
        .map(u -> new Owner(u.id(), u.displayName()))
        .toList();
  }

  List<Summary> list() {
    // One query for the reviews and every criterion's rating; the overall rule runs in code.
    Map<UUID, List<Rag>> ratings = new HashMap<>();
    Map<UUID, Summary> reviews = new LinkedHashMap<>();
    jdbc.sql(
            """
            select r.id, c.reference, c.service, k.name, r.reviewed_on, r.status,
                   (select count(*) from commissioning.review_action a
                     where a.review_id = r.id and a.status = 'open') as open_actions,
                   coalesce(a.rating, 'not-assessed') as rating, q.id as criterion_id
              from commissioning.contract_review r
              join commissioning.contract c on c.id = r.contract_id
              join commissioning.review_checklist k on k.id = r.checklist_id
              left join commissioning.review_criterion q on q.checklist_id = r.checklist_id
              left join commissioning.review_assessment a
                on a.review_id = r.id and a.criterion_id = q.id
             order by r.reviewed_on desc, c.reference, r.id
            """)
        .query(
            (ResultSet rs) -> {
              UUID id = rs.getObject("id", UUID.class);
              reviews.computeIfAbsent(
                  id,
                  key -> {
                    try {
                      return new Summary(
                          key,
                          rs.getString("reference"),
                          rs.getString("service"),
                          rs.getString("name"),
                          rs.getObject("reviewed_on", LocalDate.class),
                          rs.getString("status"),
                          null,
                          rs.getInt("open_actions"));
                    } catch (SQLException e) {
                      throw new IllegalStateException(e);
                    }
                  });
              List<Rag> list = ratings.computeIfAbsent(id, key -> new ArrayList<>());
              if (rs.getObject("criterion_id") != null) {
                list.add(Rag.fromCode(rs.getString("rating")).orElse(Rag.NOT_ASSESSED));
              }
            });
    return reviews.values().stream()
        .map(
            s ->
                new Summary(
                    s.id(),
                    s.contractReference(),
                    s.contractService(),
                    s.checklistName(),
                    s.reviewedOn(),
                    s.status(),
                    Rag.overall(ratings.get(s.id())),
                    s.openActions()))
        .toList();
  }

  ContractReview find(UUID id) {
    record Head(
        UUID id,
        UUID contractId,
        String reference,
        String service,
        UUID checklistId,
        String name,
        String specification,
        LocalDate reviewedOn,
        String status,
        int version) {}
    Head head =
        jdbc.sql(
                """
                select r.id, r.contract_id, c.reference, c.service, r.checklist_id, k.name,
                       k.specification, r.reviewed_on, r.status, r.version
                  from commissioning.contract_review r
                  join commissioning.contract c on c.id = r.contract_id
                  join commissioning.review_checklist k on k.id = r.checklist_id
                 where r.id = :id
                """)
            .param("id", id)
            .query(Head.class)
            .optional()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Map<UUID, ContractReview.Finding> found = new HashMap<>();
    List<ContractReview.Finding> findings = new ArrayList<>();
    for (Checklist.Criterion criterion : checklists.criteria(head.checklistId())) {
      ContractReview.Finding blank =
          new ContractReview.Finding(criterion, null, Rag.NOT_ASSESSED, null);
      found.put(criterion.id(), blank);
      findings.add(blank);
    }
    jdbc.sql(
            """
            select criterion_id, evidence, rating, comment from commissioning.review_assessment
             where review_id = :id
            """)
        .param("id", id)
        .query(
            (ResultSet rs) -> {
              UUID criterion = rs.getObject("criterion_id", UUID.class);
              ContractReview.Finding blank = found.get(criterion);
              if (blank != null) {
                findings.set(
                    findings.indexOf(blank),
                    new ContractReview.Finding(
                        blank.criterion(),
                        rs.getString("evidence"),
                        Rag.fromCode(rs.getString("rating")).orElse(Rag.NOT_ASSESSED),
                        rs.getString("comment")));
              }
            });
    return new ContractReview(
        head.id(),
        head.contractId(),
        head.reference(),
        head.service(),
        head.checklistId(),
        head.name(),
        head.specification(),
        head.reviewedOn(),
        head.status(),
        head.version(),
        findings,
        actions("a.review_id = :id", Map.of("id", id)));
  }

  @Transactional
  UUID create(AllianceUser user, UUID contractId, UUID checklistId, LocalDate on) {
    if (contracts().stream().noneMatch(c -> c.id().equals(contractId))) {
      throw new ReviewProblem("contract", "Choose one of the contracts in the register");
    }
    if (checklists.list().stream().noneMatch(c -> c.id().equals(checklistId))) {
      throw new ReviewProblem("checklist", "Choose one of the checklists");
    }
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.contract_review
                  (contract_id, checklist_id, reviewed_on, created_by)
                values (:contract, :checklist, :on, :by) returning id
                """)
            .param("contract", contractId)
            .param("checklist", checklistId)
            .param("on", on)
            .param("by", user.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("contract-review.created", "contract-review", id)
            .withDetail("contract " + contractId));
    return id;
  }

  /** A finding as typed, checked: the criterion's id and what was found. */
  record NewFinding(UUID criterionId, String evidence, Rag rating, String comment) {}

  /** Saves every criterion's finding at once, and whether the review is now complete. */
  @Transactional
  void assess(
      AllianceUser user, UUID id, int version, List<NewFinding> findings, boolean complete) {
    ContractReview review = find(id);
    for (NewFinding finding : findings) {
      if (review.findings().stream()
          .noneMatch(f -> f.criterion().id().equals(finding.criterionId()))) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
      }
    }
    int updated =
        jdbc.sql(
                """
                update commissioning.contract_review
                   set version = version + 1, updated_at = now(),
                       status = case when :complete then 'completed' else 'in-progress' end
                 where id = :id and version = :version
                """)
            .param("id", id)
            .param("version", version)
            .param("complete", complete)
            .update();
    if (updated == 0) {
      throw new StaleReview();
    }
    for (NewFinding f : findings) {
      jdbc.sql(
              """
              insert into commissioning.review_assessment
                (review_id, criterion_id, evidence, rating, comment)
              values (:review, :criterion, :evidence, :rating, :comment)
              on conflict (review_id, criterion_id) do update
                 set evidence = excluded.evidence, rating = excluded.rating,
                     comment = excluded.comment
              """)
          .param("review", id)
          .param("criterion", f.criterionId())
          .param("evidence", f.evidence())
          .param("rating", f.rating().code())
          .param("comment", f.comment())
          .update();
    }
    Rag overall = Rag.overall(findings.stream().map(NewFinding::rating).toList());
    audit.record(
        AuditEntry.of("contract-review.assessed", "contract-review", id)
            .withDetail(
                "overall " + overall.code() + (complete ? ", completed" : ", in progress")));
  }

  @Transactional
  UUID addAction(AllianceUser user, UUID reviewId, String description, UUID owner, LocalDate due) {
    find(reviewId);
    if (owners().stream().noneMatch(o -> o.id().equals(owner))) {
      throw new ReviewProblem("owner", "Choose a commissioner or the alliance manager");
    }
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.review_action (review_id, description, owner_user_id, due_on)
                values (:review, :description, :owner, :due) returning id
                """)
            .param("review", reviewId)
            .param("description", description)
            .param("owner", owner)
            .param("due", due)
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("review-action.created", "review-action", id)
            .withDetail("review " + reviewId + ", owner " + owner));
    return id;
  }

  /** Whether this user may close this action: its owner, or a commissioner. */
  static boolean mayClose(AllianceUser user, ReviewAction action) {
    return action.ownerId().equals(user.userId()) || user.hasRole(Role.COMMISSIONER);
  }

  /** Marks an action done; 404 for an action the user may not close, so none is confirmed. */
  @Transactional
  ReviewAction markDone(AllianceUser user, UUID actionId, int version) {
    ReviewAction action =
        actions("a.id = :id", Map.of("id", actionId)).stream()
            .findFirst()
            .filter(a -> mayClose(user, a))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (action.done()) {
      return action;
    }
    int updated =
        jdbc.sql(
                """
                update commissioning.review_action
                   set status = 'done', done_on = :today, version = version + 1
                 where id = :id and version = :version and status = 'open'
                """)
            .param("id", actionId)
            .param("version", version)
            .param("today", today())
            .update();
    if (updated == 0) {
      throw new StaleReview();
    }
    audit.record(AuditEntry.of("review-action.done", "review-action", actionId));
    return action;
  }

  /** The user's own actions: open ones first, overdue before the rest, soonest due first. */
  List<ReviewAction> actionsOf(UUID userId) {
    LocalDate today = today();
    return actions("a.owner_user_id = :owner", Map.of("owner", userId)).stream()
        .sorted(
            Comparator.comparing(ReviewAction::done)
                .thenComparing(a -> !a.overdue(today))
                .thenComparing(ReviewAction::dueOn))
        .toList();
  }

  /** How many open actions the user owns, and how many of those are overdue. */
  record Due(int open, int overdue) {}

  Due dueFor(UUID userId) {
    return jdbc.sql(
            """
            select count(*) as open, count(*) filter (where due_on < :today) as overdue
              from commissioning.review_action
             where owner_user_id = :owner and status = 'open'
            """)
        .param("owner", userId)
        .param("today", today())
        .query(Due.class)
        .single();
  }

  private List<ReviewAction> actions(String where, Map<String, Object> params) {
    return jdbc.sql(
            """
            select a.id, a.review_id, a.description, a.owner_user_id, a.due_on, a.status,
                   a.done_on, a.version, c.reference, c.service, r.reviewed_on
              from commissioning.review_action a
              join commissioning.contract_review r on r.id = a.review_id
              join commissioning.contract c on c.id = r.contract_id
             where %s
             order by a.due_on, a.created_at
            """
                .formatted(where))
        .params(params)
        .query(this::action)
        .list();
  }

  private ReviewAction action(ResultSet rs, int n) throws SQLException {
    UUID owner = rs.getObject("owner_user_id", UUID.class);
    return new ReviewAction(
        rs.getObject("id", UUID.class),
        rs.getObject("review_id", UUID.class),
        rs.getString("description"),
        owner,
        users.displayName(owner).orElse("A former user"),
        rs.getObject("due_on", LocalDate.class),
        rs.getString("status"),
        rs.getObject("done_on", LocalDate.class),
        rs.getInt("version"),
        rs.getString("reference"),
        rs.getString("service"),
        rs.getObject("reviewed_on", LocalDate.class));
  }
}
