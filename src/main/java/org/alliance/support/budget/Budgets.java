package org.alliance.support.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SharedPart;
import org.alliance.support.access.Withheld;
import org.alliance.support.access.WithheldEntries;
import org.alliance.support.access.Withholding;
import org.alliance.support.access.Withholding.EntryKind;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal budgets and Individual Service Funds: every read opens the record through {@link
 * PersonAccess}, every change is audited in the same transaction (never with the words written) and
 * checked against the budget's {@code version}, which every change moves on, so two people changing
 * one budget at once cannot both succeed unseen and a reconciled budget takes nothing more.
 * Spending above {@code alliance.budget.approval-above} waits for a second person.
 */
@Component
public class Budgets {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final Organisations organisations;
  private final UserAccounts users;
  private final WithheldEntries withheld;
  private final BigDecimal approvalAbove;

  Budgets(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      People people,
      Organisations organisations,
      UserAccounts users,
      WithheldEntries withheld,
      @Value("${alliance.budget.approval-above:250.00}") BigDecimal approvalAbove) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.organisations = organisations;
    this.users = users;
    this.withheld = withheld;
    this.approvalAbove = approvalAbove;
  }

  /** A new budget as checked from the form. */
  record NewBudget(
      String kind,
      UUID holdingMemberId,
      LocalDate startsOn,
      LocalDate endsOn,
      BigDecimal allocation,
      String fundingSource,
      String wants,
      String inWordsOf) {}

  /** A commitment or payment as checked from the form. */
  record NewSpend(
      String kind,
      String what,
      String whoTo,
      BigDecimal amount,
      LocalDate spentOn,
      UUID commitmentId,
      int version) {}

  /**
   * @param mergedBudgets records of the person merged into this one that hold budgets of their own,
   *     which the viewer could open alone (a merge rewrites nothing and never widens access)
   */
  record ListPage(
      Person person, List<Budget> budgets, List<UUID> mergedBudgets, Withheld withheld) {}

  record NewPage(Person person, List<Organisation> members) {}

  /** The statement of one budget: the budget with its totals and every commitment and payment. */
  record Statement(
      Person person,
      Budget budget,
      List<Spend> spending,
      BigDecimal approvalAbove,
      LocalDate today) {

    public List<Spend> commitments() {
      return spending.stream().filter(s -> !s.payment()).toList();
    }

    public List<Spend> payments() {
      return spending.stream().filter(Spend::payment).toList();
    }

    /** Counted commitments, which a payment may be made against. */
    public List<Spend> openCommitments() {
      return spending.stream().filter(s -> !s.payment() && s.counted()).toList();
    }

    public String limit() {
      return Money.format(approvalAbove);
    }

    public boolean mayReconcile() {
      return !budget.closed() && !today.isBefore(budget.endsOn());
    }
  }

  BigDecimal approvalAbove() {
    return approvalAbove;
  }

  @Transactional
  ListPage list(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "budgets");
    List<UUID> merged =
        jdbc
            .sql(
                """
                select p.id from support.person p
                 where p.merged_into = :person
                   and exists (select 1 from support.budget b where b.person_id = p.id)
                 order by p.registered_at, p.id
                """)
            .param("person", personId)
            .query(UUID.class)
            .list()
            .stream()
            .filter(half -> access.mayOpen(viewer, half))
            .toList();
    return new ListPage(people.find(opened), budgets(opened, null), merged, withheld.now(opened));
  }

  @Transactional
  NewPage newPage(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "setting up a budget");
    return new NewPage(people.find(opened), members());
  }

  List<Organisation> members() {
    return organisations.all().stream()
        .filter(o -> o.relationship() == Relationship.MEMBER)
        .toList();
  }

  @Transactional
  UUID create(Practitioner viewer, UUID personId, NewBudget given) {
    access.open(viewer, personId, "setting up a budget");
    if (Budget.ISF.equals(given.kind())
        && (given.holdingMemberId() == null
            || members().stream().noneMatch(m -> m.id().equals(given.holdingMemberId())))) {
      throw new BudgetProblem("holdingMember", "Choose the member that holds the fund");
    }
    UUID id =
        jdbc.sql(
                """
                insert into support.budget (person_id, kind, holding_member_id, member_id, starts_on,
                  ends_on, allocation, funding_source, wants, in_words_of, recorded_by, changed_by)
                values (:person, :kind, :holder, :member, :starts, :ends, :allocation, :source,
                  :wants, :whose, :by, :by)
                returning id
                """)
            .param("person", personId)
            .param("kind", given.kind())
            .param("holder", Budget.ISF.equals(given.kind()) ? given.holdingMemberId() : null)
            .param("member", viewer.memberId())
            .param("starts", given.startsOn())
            .param("ends", given.endsOn())
            .param("allocation", given.allocation())
            .param("source", given.fundingSource())
            .param("wants", given.wants())
            .param("whose", given.inWordsOf())
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.budget.created", "budget", id)
            .concerning(personId)
            .withDetail(given.kind() + ", " + Money.format(given.allocation())));
    return id;
  }

  @Transactional
  Statement statement(Practitioner viewer, UUID personId, UUID budgetId) {
    RecordAccess opened = access.open(viewer, personId, "budget statement");
    return statementOf(opened, budgetId);
  }

  private Statement statementOf(RecordAccess opened, UUID budgetId) {
    Budget budget = budgets(opened, budgetId).stream().findFirst().orElseThrow(NoSuchRecord::new);
    return new Statement(
        people.find(opened),
        budget,
        spending(opened.personId(), budgetId),
        approvalAbove,
        LocalDate.now(PersonAccess.UK));
  }

  /**
   * The person's own budgets as they (or a proxy they share the budget part with) read them: the
   * same totals as the worker's statement, from the same query, with the budgets a practitioner
   * withheld left out. Call it in the transaction that opened the view.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<OwnBudget> own(OwnView view) {
    if (!view.reaches(SharedPart.BUDGET)) {
      throw new NoSuchRecord();
    }
    return budgets(view.personId(), null, true).stream()
        .map(b -> new OwnBudget(b, spending(view.personId(), b.id())))
        .toList();
  }

  /** A budget's commitments and payments, oldest first. */
  private List<Spend> spending(UUID personId, UUID budgetId) {
    return jdbc.sql(
            """
            select * from support.budget_spend
             where budget_id = :budget and person_id = :person
             order by spent_on, recorded_at, id
            """)
        .param("budget", budgetId)
        .param("person", personId)
        .query(this::spend)
        .list();
  }

  /**
   * Records a commitment or payment: counted at once up to the approval limit, awaiting a second
   * person's approval above it.
   *
   * @return the status it was recorded with
   */
  @Transactional
  String record(Practitioner viewer, UUID personId, UUID budgetId, NewSpend given) {
    RecordAccess opened = access.open(viewer, personId, "recording budget spending");
    moveOn(opened, viewer, budgetId, given.version());
    if (given.commitmentId() != null) {
      boolean open =
          jdbc.sql(
                  """
                  select exists (select 1 from support.budget_spend
                   where id = :id and budget_id = :budget and kind = 'commitment'
                     and status = 'counted')
                  """)
              .param("id", given.commitmentId())
              .param("budget", budgetId)
              .query(Boolean.class)
              .single();
      if (!open) {
        throw new BudgetProblem("commitment", "Choose one of this budget's commitments, or none");
      }
    }
    String status = given.amount().compareTo(approvalAbove) > 0 ? Spend.AWAITING : Spend.COUNTED;
    UUID id =
        jdbc.sql(
                """
                insert into support.budget_spend (budget_id, person_id, kind, what, who_to, amount,
                  spent_on, commitment_id, status, recorded_by)
                values (:budget, :person, :kind, :what, :who, :amount, :on, :commitment, :status,
                  :by)
                returning id
                """)
            .param("budget", budgetId)
            .param("person", personId)
            .param("kind", given.kind())
            .param("what", given.what())
            .param("who", given.whoTo())
            .param("amount", given.amount())
            .param("on", given.spentOn())
            .param("commitment", given.commitmentId())
            .param("status", status)
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.budget." + given.kind() + "-recorded", "budget-spend", id)
            .concerning(personId)
            .withDetail(Money.format(given.amount()) + ", " + status + ", budget " + budgetId));
    return status;
  }

  /**
   * Approves or declines spending that awaits approval. Approving needs a second person: not the
   * one who recorded it, and a practitioner of the member that holds the fund (an ISF) or set up
   * the budget, or the alliance manager. Anyone who may change the budget may decline it.
   */
  @Transactional
  void decide(
      Practitioner viewer,
      boolean allianceManager,
      UUID personId,
      UUID budgetId,
      UUID spendId,
      boolean approve,
      int version) {
    RecordAccess opened = access.open(viewer, personId, "approving budget spending");
    Budget budget = budgets(opened, budgetId).stream().findFirst().orElseThrow(NoSuchRecord::new);
    Spend spend =
        jdbc.sql("select * from support.budget_spend where id = :id and budget_id = :budget")
            .param("id", spendId)
            .param("budget", budgetId)
            .query(this::spend)
            .optional()
            .orElseThrow(() -> new BudgetProblem("decision", "Choose spending to decide on"));
    if (!spend.awaiting()) {
      throw new BudgetProblem("decision", "That spending has already been decided");
    }
    if (approve) {
      if (spend.recordedById().equals(viewer.userId())) {
        throw new BudgetProblem(
            "decision", "You recorded this spending, so someone else must approve it");
      }
      UUID approvingMember = budget.isf() ? budget.holdingMemberId() : budget.memberId();
      if (!allianceManager && !approvingMember.equals(viewer.memberId())) {
        throw new BudgetProblem(
            "decision",
            "Only a practitioner at "
                + organisations.name(approvingMember).orElse("the member that holds it")
                + " or the alliance manager can approve this");
      }
    }
    moveOn(opened, viewer, budgetId, version);
    int changed =
        jdbc.sql(
                """
                update support.budget_spend
                   set status = :status, decided_by = :by, decided_at = now()
                 where id = :id and status = 'awaiting-approval'
                """)
            .param("status", approve ? Spend.COUNTED : Spend.DECLINED)
            .param("by", viewer.userId())
            .param("id", spendId)
            .update();
    if (changed == 0) {
      throw new StaleBudget();
    }
    audit.record(
        AuditEntry.of(
                approve ? "person.budget.spend-approved" : "person.budget.spend-declined",
                "budget-spend",
                spendId)
            .concerning(personId)
            .withDetail(spend.kind() + ", " + Money.format(spend.amount())));
  }

  /**
   * Reconciles the budget at the end of its period: the closing balance is the allocation less the
   * payments less what is returned, worked out here, never typed. The budget then takes no more
   * changes.
   */
  @Transactional
  BigDecimal reconcile(
      Practitioner viewer,
      UUID personId,
      UUID budgetId,
      BigDecimal returned,
      String note,
      int version) {
    RecordAccess opened = access.open(viewer, personId, "reconciling a budget");
    Budget budget = budgets(opened, budgetId).stream().findFirst().orElseThrow(NoSuchRecord::new);
    LocalDate today = LocalDate.now(PersonAccess.UK);
    if (today.isBefore(budget.endsOn())) {
      throw new BudgetProblem(
          "returned", "A budget is reconciled from the last day of its period, " + budget.ends());
    }
    if (budget.awaiting().signum() > 0) {
      throw new BudgetProblem(
          "returned", "Approve or decline the spending awaiting approval before reconciling");
    }
    if (returned.compareTo(budget.balance().max(BigDecimal.ZERO)) > 0) {
      throw new BudgetProblem(
          "returned",
          "The amount returned must be no more than the balance, "
              + Money.format(budget.balance()));
    }
    BigDecimal closing = budget.balance().subtract(returned);
    int changed =
        jdbc.sql(
                """
                update support.budget
                   set reconciled_on = :today, closing_balance = :closing, returned = :returned,
                       reconciliation_note = :note, reconciled_by = :by, changed_by = :by,
                       changed_at = now(), version = version + 1
                 where id = :id and person_id = :person and version = :version
                   and reconciled_on is null
                """)
            .param("today", today)
            .param("closing", closing)
            .param("returned", returned)
            .param("note", note)
            .param("by", viewer.userId())
            .param("id", budgetId)
            .param("person", personId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleBudget();
    }
    audit.record(
        AuditEntry.of("person.budget.reconciled", "budget", budgetId)
            .concerning(personId)
            .withDetail(
                "closing " + Money.format(closing) + ", returned " + Money.format(returned)));
    return closing;
  }

  /** Moves the budget's version on, or says why not: changed meanwhile, or reconciled. */
  private void moveOn(RecordAccess opened, Practitioner viewer, UUID budgetId, int version) {
    int changed =
        jdbc.sql(
                """
                update support.budget
                   set version = version + 1, changed_by = :by, changed_at = now()
                 where id = :id and person_id = :person and version = :version
                   and reconciled_on is null
                """)
            .param("by", viewer.userId())
            .param("id", budgetId)
            .param("person", opened.personId())
            .param("version", version)
            .update();
    if (changed == 1) {
      return;
    }
    Optional<Boolean> closed =
        jdbc.sql(
                "select reconciled_on is not null from support.budget where id = :id and person_id = :person")
            .param("id", budgetId)
            .param("person", opened.personId())
            .query(Boolean.class)
            .optional();
    if (closed.isEmpty()) {
      throw new NoSuchRecord();
    }
    if (closed.get()) {
      throw new BudgetProblem("what", "This budget is reconciled and closed to changes");
    }
    throw new StaleBudget();
  }

  /** The person's budgets (or the one asked for) with their totals, newest period first. */
  private List<Budget> budgets(RecordAccess opened, UUID only) {
    return budgets(opened.personId(), only, false);
  }

  /**
   * The one place a budget's totals are worked out, for the worker's pages and the person's own
   * alike, so the two can never disagree by a penny.
   *
   * @param shownToPerson leave out budgets withheld from the person's own view
   */
  private List<Budget> budgets(UUID personId, UUID only, boolean shownToPerson) {
    return jdbc.sql(
            """
            select b.*,
                   coalesce((select sum(s.amount) from support.budget_spend s
                              where s.budget_id = b.id and s.kind = 'payment'
                                and s.status = 'counted'), 0) as paid,
                   coalesce((select sum(greatest(c.amount - coalesce(
                                     (select sum(p.amount) from support.budget_spend p
                                       where p.commitment_id = c.id and p.status = 'counted'), 0),
                                     0))
                               from support.budget_spend c
                              where c.budget_id = b.id and c.kind = 'commitment'
                                and c.status = 'counted'), 0) as committed_unpaid,
                   coalesce((select sum(s.amount) from support.budget_spend s
                              where s.budget_id = b.id and s.status = 'awaiting-approval'), 0)
                     as awaiting
              from support.budget b
             where b.person_id = :person and (cast(:only as uuid) is null or b.id = :only)
               and (not :shownToPerson or %s)
             order by b.starts_on desc, b.recorded_at desc
            """
                .formatted(Withholding.shown(EntryKind.BUDGET, "b.id")))
        .param("person", personId)
        .param("only", only)
        .param("shownToPerson", shownToPerson)
        .query(this::budget)
        .list();
  }

  private Budget budget(ResultSet rs, int n) throws SQLException {
    UUID holder = rs.getObject("holding_member_id", UUID.class);
    UUID reconciledBy = rs.getObject("reconciled_by", UUID.class);
    return new Budget(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        holder,
        holder == null ? null : organisations.name(holder).orElse("a former member"),
        rs.getObject("member_id", UUID.class),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getBigDecimal("allocation"),
        rs.getString("funding_source"),
        rs.getString("wants"),
        rs.getString("in_words_of"),
        rs.getObject("reconciled_on", LocalDate.class),
        rs.getBigDecimal("closing_balance"),
        rs.getBigDecimal("returned"),
        rs.getString("reconciliation_note"),
        reconciledBy == null ? null : users.displayName(reconciledBy).orElse("a former worker"),
        rs.getInt("version"),
        rs.getBigDecimal("paid"),
        rs.getBigDecimal("committed_unpaid"),
        rs.getBigDecimal("awaiting"));
  }

  private Spend spend(ResultSet rs, int n) throws SQLException {
    UUID recordedBy = rs.getObject("recorded_by", UUID.class);
    UUID decidedBy = rs.getObject("decided_by", UUID.class);
    return new Spend(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        rs.getString("what"),
        rs.getString("who_to"),
        rs.getBigDecimal("amount"),
        rs.getObject("spent_on", LocalDate.class),
        rs.getObject("commitment_id", UUID.class),
        rs.getString("status"),
        recordedBy,
        users.displayName(recordedBy).orElse("a former worker"),
        decidedBy == null ? null : users.displayName(decidedBy).orElse("a former worker"));
  }
}
