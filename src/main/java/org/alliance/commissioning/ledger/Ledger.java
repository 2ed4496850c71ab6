package org.alliance.commissioning.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The devolved budget and its open-book ledger: reading it as the viewer may, and appending to it.
 * Nothing here updates or deletes an entry; a correction is a new entry naming the one it adjusts.
 * Every write is audited in its own transaction.
 */
@Component
class Ledger {

  static final int DESCRIPTION_MAX = 500;
  static final int INVOICE_MAX = 100;
  static final int NAME_MAX = 120;
  static final int NOTE_MAX = 2000;

  private static final String ENTRY_COLUMNS =
      """
      select e.id, e.seq, e.line_id, l.name as line_name, e.member_id, e.kind, e.corrects,
             c.seq as corrects_seq, e.amount,
             e.amount + coalesce((select sum(x.amount) from commissioning.ledger_entry x
                                   where x.corrects = e.id), 0) as net,
             e.entry_on, e.description, e.invoice_ref, e.source, e.isf_month,
             e.recorded_by_name, e.recorded_at
        from commissioning.ledger_entry e
        join commissioning.ledger_line l on l.id = e.line_id
        left join commissioning.ledger_entry c on c.id = e.corrects
      """;

  private static final String LINE_COLUMNS =
      """
      select l.id, l.budget_id, b.financial_year, l.name, l.budget, l.ring_fenced, l.isf,
             l.version
        from commissioning.ledger_line l
        join commissioning.ledger_budget b on b.id = l.budget_id
      """;

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final AuditLog audit;

  Ledger(JdbcClient jdbc, Organisations organisations, AuditLog audit) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
  }

  // ---- Reading ----------------------------------------------------------------------------

  /** The alliance's members, by name: who money can be allocated to. */
  Map<UUID, String> members() {
    Map<UUID, String> members = new LinkedHashMap<>();
    for (Organisation o : organisations.all()) {
      if (o.relationship() == Relationship.MEMBER) {
        members.put(o.id(), o.name());
      }
    }
    return members;
  }

  Optional<DevolvedBudget> budget(FinancialYear year) {
    return jdbc.sql(
            """
            select id, financial_year, note from commissioning.ledger_budget
             where financial_year = :year
            """)
        .param("year", year.startYear())
        .query(
            (rs, n) ->
                new DevolvedBudget(
                    rs.getObject("id", UUID.class),
                    new FinancialYear(rs.getInt("financial_year")),
                    rs.getString("note")))
        .optional();
  }

  DevolvedBudget budget(UUID id) {
    return jdbc.sql(
            "select id, financial_year, note from commissioning.ledger_budget where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new DevolvedBudget(
                    rs.getObject("id", UUID.class),
                    new FinancialYear(rs.getInt("financial_year")),
                    rs.getString("note")))
        .optional()
        .orElseThrow(NoSuchLedgerItem::new);
  }

  /** The years that have a budget, latest first. */
  List<FinancialYear> years() {
    return jdbc.sql(
            "select financial_year from commissioning.ledger_budget order by financial_year desc")
        .query((rs, n) -> new FinancialYear(rs.getInt(1)))
        .list();
  }

  List<BudgetLine> lines(UUID budgetId) {
    return jdbc.sql(LINE_COLUMNS + " where l.budget_id = :budget order by l.position, l.name")
        .param("budget", budgetId)
        .query(Ledger::line)
        .list();
  }

  /** A line: its name and budget are the alliance's, so anyone the ledger admits sees them. */
  BudgetLine line(UUID lineId) {
    return jdbc.sql(LINE_COLUMNS + " where l.id = :id")
        .param("id", lineId)
        .query(Ledger::line)
        .optional()
        .orElseThrow(NoSuchLedgerItem::new);
  }

  /** The line's entries the viewer may see, in the order they were written. */
  List<LedgerEntry> entries(LedgerViewer viewer, UUID lineId) {
    return jdbc.sql(
            ENTRY_COLUMNS
                + """
                 where e.line_id = :line
                   and (cast(:scope as uuid) is null or e.member_id = :scope)
                 order by e.seq
                """)
        .param("line", lineId)
        .param("scope", viewer.scope())
        .query(this::entry)
        .list();
  }

  /** One entry, if the viewer may see it; another member's entry is, to them, no entry at all. */
  LedgerEntry entry(LedgerViewer viewer, UUID entryId) {
    return jdbc.sql(
            ENTRY_COLUMNS
                + " where e.id = :id and (cast(:scope as uuid) is null or e.member_id = :scope)")
        .param("id", entryId)
        .param("scope", viewer.scope())
        .query(this::entry)
        .optional()
        .orElseThrow(NoSuchLedgerItem::new);
  }

  /** The entries a month's ISF return made on a line (the originals, each with its net). */
  List<LedgerEntry> isfEntries(UUID lineId, java.time.LocalDate month) {
    return jdbc.sql(
            ENTRY_COLUMNS
                + """
                 where e.line_id = :line and e.source = 'isf-return' and e.isf_month = :month
                   and e.corrects is null
                """)
        .param("line", lineId)
        .param("month", month)
        .query(this::entry)
        .list();
  }

  /** The corrections made to an entry, oldest first. */
  List<LedgerEntry> corrections(LedgerViewer viewer, UUID entryId) {
    return jdbc.sql(
            ENTRY_COLUMNS
                + """
                 where e.corrects = :id
                   and (cast(:scope as uuid) is null or e.member_id = :scope)
                 order by e.seq
                """)
        .param("id", entryId)
        .param("scope", viewer.scope())
        .query(this::entry)
        .list();
  }

  // ---- Writing ----------------------------------------------------------------------------

  /** Who writes an entry: a signed-in person, or the system (demo data, a scheduled import). */
  record Writer(UUID userId, String name, boolean system) {
    static Writer of(LedgerViewer viewer) {
      return new Writer(viewer.userId(), viewer.name(), false);
    }

    static Writer system(String name) {
      return new Writer(null, name, true);
    }
  }

  void audit(Writer writer, AuditEntry entry) {
    if (writer.system()) {
      audit.recordSystem(entry);
    } else {
      audit.record(entry);
    }
  }

  @Transactional
  UUID createBudget(LedgerViewer viewer, FinancialYear year, String note) {
    requireManager(viewer);
    return createBudget(Writer.of(viewer), year, note);
  }

  @Transactional
  UUID createBudget(Writer writer, FinancialYear year, String note) {
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into commissioning.ledger_budget (financial_year, note, created_by)
                  values (:year, :note, :by) returning id
                  """)
              .param("year", year.startYear())
              .param("note", note)
              .param("by", writer.userId())
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException taken) {
      throw new LedgerProblem("year", "There is already a budget for " + year.label());
    }
    audit(
        writer,
        AuditEntry.of("ledger.budget-created", "ledger-budget", id).withDetail(year.label()));
    return id;
  }

  @Transactional
  UUID addLine(
      LedgerViewer viewer,
      UUID budgetId,
      String name,
      BigDecimal amount,
      boolean ringFenced,
      boolean isf) {
    requireManager(viewer);
    return addLine(Writer.of(viewer), budgetId, name, amount, ringFenced, isf);
  }

  @Transactional
  UUID addLine(
      Writer writer,
      UUID budgetId,
      String name,
      BigDecimal amount,
      boolean ringFenced,
      boolean isf) {
    jdbc.sql("select id from commissioning.ledger_budget where id = :id for share")
        .param("id", budgetId)
        .query(UUID.class)
        .optional()
        .orElseThrow(NoSuchLedgerItem::new);
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into commissioning.ledger_line
                    (budget_id, name, budget, ring_fenced, isf, position, created_by)
                  values (:budget, :name, :amount, :ring, :isf,
                    (select coalesce(max(position), 0) + 1 from commissioning.ledger_line
                      where budget_id = :budget), :by)
                  returning id
                  """)
              .param("budget", budgetId)
              .param("name", name)
              .param("amount", amount)
              .param("ring", ringFenced)
              .param("isf", isf)
              .param("by", writer.userId())
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException taken) {
      if (isf
          && jdbc.sql(
                  "select exists (select 1 from commissioning.ledger_line where budget_id = :b"
                      + " and isf)")
              .param("b", budgetId)
              .query(Boolean.class)
              .single()) {
        throw new LedgerProblem(
            "isf", "The budget already has a line for Individual Service Fund returns");
      }
      throw new LedgerProblem("name", "The budget already has a line called " + name);
    }
    audit(
        writer,
        AuditEntry.of("ledger.line-added", "ledger-line", id)
            .withDetail(name + ": " + LedgerMoney.format(amount)));
    return id;
  }

  /**
   * The manager changes a line's budget, if no one has since {@code expectedVersion} was read.
   * Allocations and spend stay as they are; a budget now below its allocations is flagged.
   */
  @Transactional
  void changeBudget(LedgerViewer viewer, UUID lineId, BigDecimal amount, Integer expectedVersion) {
    requireManager(viewer);
    BudgetLine line = line(lineId);
    int changed =
        expectedVersion == null
            ? 0
            : jdbc.sql(
                    """
                    update commissioning.ledger_line set budget = :amount, version = version + 1
                     where id = :id and version = :version
                    """)
                .param("amount", amount)
                .param("id", lineId)
                .param("version", expectedVersion)
                .update();
    if (changed == 0) {
      throw new LedgerProblem(
          "budget",
          "The line's budget was changed since you opened it: it is now "
              + line.budgetText()
              + ". Check it and change it again if you need to");
    }
    audit.record(
        AuditEntry.of("ledger.line-budget-changed", "ledger-line", lineId)
            .withDetail(line.budgetText() + " to " + LedgerMoney.format(amount)));
  }

  /** What an allocation or spend entry says. */
  record NewEntry(
      UUID memberId, BigDecimal amount, LocalDate on, String description, String invoiceRef) {}

  /** The manager allocates part of a line to a member. Over-allocation is allowed and flagged. */
  @Transactional
  UUID allocate(LedgerViewer viewer, UUID lineId, NewEntry entry) {
    requireManager(viewer);
    return append(Writer.of(viewer), line(lineId), LedgerEntry.ALLOCATION, entry);
  }

  /**
   * Spend against a line: the manager for any member, a finance lead for their own member only,
   * whatever member the form names.
   */
  @Transactional
  UUID recordSpend(LedgerViewer viewer, UUID lineId, NewEntry entry) {
    if (!viewer.recordsSpend()) {
      throw new ManagerOnly();
    }
    if (!viewer.recordsSpendFor(entry.memberId())) {
      throw new LedgerProblem("member", "You can record spend only for your own member");
    }
    return append(Writer.of(viewer), line(lineId), LedgerEntry.SPEND, entry);
  }

  @Transactional
  UUID append(Writer writer, BudgetLine line, String kind, NewEntry entry) {
    if (!members().containsKey(entry.memberId())) {
      throw new LedgerProblem("member", "Choose a member of the alliance");
    }
    if (!line.year().contains(entry.on())) {
      throw new LedgerProblem(
          "onDay",
          "The date must be in the financial year "
              + line.year().label()
              + ", from 1 April "
              + line.year().startYear()
              + " to 31 March "
              + (line.year().startYear() + 1));
    }
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.ledger_entry (line_id, member_id, kind, amount,
                  entry_on, description, invoice_ref, recorded_by, recorded_by_name)
                values (:line, :member, :kind, :amount, :on, :description, :invoice, :by, :name)
                returning id
                """)
            .param("line", line.id())
            .param("member", entry.memberId())
            .param("kind", kind)
            .param("amount", entry.amount())
            .param("on", entry.on())
            .param("description", entry.description())
            .param("invoice", entry.invoiceRef())
            .param("by", writer.userId())
            .param("name", writer.name())
            .query(UUID.class)
            .single();
    audit(
        writer,
        AuditEntry.of("ledger." + kind + "-recorded", "ledger-entry", id)
            .withDetail(line.name() + ": " + LedgerMoney.format(entry.amount())));
    return id;
  }

  /**
   * A correction to an entry: a new entry on the same line, member and kind whose amount is added
   * to the original's (its negative reverses it). The original is locked while the correction is
   * checked, so two corrections at once cannot take it below nothing.
   *
   * @return the correction's id
   */
  @Transactional
  UUID correct(LedgerViewer viewer, UUID entryId, BigDecimal amount, LocalDate on, String reason) {
    LedgerEntry named = entry(viewer, entryId);
    UUID originalId = named.correction() ? named.corrects() : named.id();
    LedgerEntry original = entry(viewer, originalId);
    if (!viewer.corrects(original.kind(), original.memberId())) {
      throw new ManagerOnly();
    }
    return correct(Writer.of(viewer), original, amount, on, reason, null);
  }

  @Transactional
  UUID correct(
      Writer writer,
      LedgerEntry original,
      BigDecimal amount,
      LocalDate on,
      String reason,
      LocalDate isfMonth) {
    jdbc.sql("select id from commissioning.ledger_entry where id = :id for update")
        .param("id", original.id())
        .query(UUID.class)
        .single();
    BigDecimal net =
        jdbc.sql(
                """
                select e.amount + coalesce((select sum(x.amount) from commissioning.ledger_entry x
                                             where x.corrects = e.id), 0)
                  from commissioning.ledger_entry e where e.id = :id
                """)
            .param("id", original.id())
            .query(BigDecimal.class)
            .single();
    BigDecimal after = net.add(amount);
    if (after.signum() < 0) {
      throw new LedgerProblem(
          "amount",
          "The correction would take "
              + original.reference()
              + " below £0.00: it stands at "
              + LedgerMoney.format(net)
              + ", so take off at most that");
    }
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.ledger_entry (line_id, member_id, kind, corrects, amount,
                  entry_on, description, source, isf_month, recorded_by, recorded_by_name)
                values (:line, :member, :kind, :corrects, :amount, :on, :description,
                  :source, :month, :by, :name)
                returning id
                """)
            .param("line", original.lineId())
            .param("member", original.memberId())
            .param("kind", original.kind())
            .param("corrects", original.id())
            .param("amount", amount)
            .param("on", on)
            .param("description", reason)
            .param("source", isfMonth == null ? "manual" : "isf-return")
            .param("month", isfMonth)
            .param("by", writer.userId())
            .param("name", writer.name())
            .query(UUID.class)
            .single();
    audit(
        writer,
        AuditEntry.of("ledger.correction-recorded", "ledger-entry", id)
            .withDetail("corrects " + original.reference() + " by " + LedgerMoney.format(amount)));
    return id;
  }

  private static void requireManager(LedgerViewer viewer) {
    if (!viewer.managesBudget()) {
      throw new ManagerOnly();
    }
  }

  private static BudgetLine line(ResultSet rs, int n) throws SQLException {
    return new BudgetLine(
        rs.getObject("id", UUID.class),
        rs.getObject("budget_id", UUID.class),
        new FinancialYear(rs.getInt("financial_year")),
        rs.getString("name"),
        rs.getBigDecimal("budget"),
        rs.getBoolean("ring_fenced"),
        rs.getBoolean("isf"),
        rs.getInt("version"));
  }

  private LedgerEntry entry(ResultSet rs, int n) throws SQLException {
    UUID member = rs.getObject("member_id", UUID.class);
    java.sql.Date month = rs.getDate("isf_month");
    return new LedgerEntry(
        rs.getObject("id", UUID.class),
        rs.getLong("seq"),
        rs.getObject("line_id", UUID.class),
        rs.getString("line_name"),
        member,
        organisations.name(member).orElse("A former member"),
        rs.getString("kind"),
        rs.getObject("corrects", UUID.class),
        rs.getObject("corrects_seq", Long.class),
        rs.getBigDecimal("amount"),
        rs.getBigDecimal("net"),
        rs.getDate("entry_on").toLocalDate(),
        rs.getString("description"),
        rs.getString("invoice_ref"),
        rs.getString("source"),
        month == null ? null : month.toLocalDate(),
        rs.getString("recorded_by_name"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
