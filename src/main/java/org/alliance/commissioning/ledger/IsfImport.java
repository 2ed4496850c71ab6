package org.alliance.commissioning.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.commissioning.ledger.Ledger.Writer;
import org.alliance.support.IndividualServiceFunds;
import org.alliance.support.IndividualServiceFunds.MemberMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a month's Individual Service Fund returns into the ledger as spend on the year's ISF line,
 * one entry per holding member: what support says the member paid from the funds it holds in the
 * month. Support names no one and leaves out a member holding fewer than 5 funds; such a member's
 * figure is recorded as not available, never worked out from anything else.
 *
 * <p>Idempotent: a month comes in once per member (a unique index says so). Importing the month
 * again compares support's figure with the entry as corrected so far, and adds a correction for any
 * difference, never a second entry. Two imports of the same month at once queue on an advisory
 * lock.
 */
@Component
class IsfImport {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final IndividualServiceFunds funds;

  IsfImport(JdbcClient jdbc, Ledger ledger, IndividualServiceFunds funds) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.funds = funds;
  }

  /** What one import did. */
  record Result(YearMonth month, int added, int corrected, int unchanged, int suppressed) {
    public String summary() {
      return "The "
          + MONTH.format(month)
          + " return is in the ledger: "
          + count(added, "new entry", "new entries")
          + ", "
          + count(corrected, "correction", "corrections")
          + ", "
          + count(unchanged, "member unchanged", "members unchanged")
          + ", "
          + count(suppressed, "member not available", "members not available")
          + " (fewer than 5 funds)";
    }

    private static String count(int n, String one, String many) {
      return n + " " + (n == 1 ? one : many);
    }
  }

  /** An import made earlier, for the page. */
  record Made(YearMonth month, int added, int corrected, int suppressed, String by, Instant at) {
    public String monthText() {
      return MONTH.format(month);
    }

    public String atText() {
      return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
          .withZone(FinancialYear.UK)
          .format(at);
    }
  }

  @Transactional
  Result importMonth(LedgerViewer viewer, YearMonth month) {
    if (!viewer.managesBudget()) {
      throw new ManagerOnly();
    }
    return importMonth(Writer.of(viewer), month);
  }

  @Transactional
  Result importMonth(Writer writer, YearMonth month) {
    FinancialYear year = FinancialYear.containing(month.atDay(1));
    DevolvedBudget budget =
        ledger
            .budget(year)
            .orElseThrow(
                () ->
                    new LedgerProblem(
                        "month", "There is no devolved budget for " + year.label() + " yet"));
    BudgetLine line =
        ledger.lines(budget.id()).stream()
            .filter(BudgetLine::isf)
            .findFirst()
            .orElseThrow(
                () ->
                    new LedgerProblem(
                        "month",
                        "The "
                            + year.label()
                            + " budget has no line for Individual Service Fund returns"));
    jdbc.sql("select pg_advisory_xact_lock(hashtext('ledger-isf'), hashtext(:month))")
        .param("month", month.toString())
        .query(Object.class)
        .single();
    LocalDate first = month.atDay(1);
    Map<UUID, LedgerEntry> earlier = new HashMap<>();
    for (LedgerEntry entry : ledger.isfEntries(line.id(), first)) {
      earlier.put(entry.memberId(), entry);
    }
    Map<UUID, String> members = ledger.members();
    int added = 0;
    int corrected = 0;
    int unchanged = 0;
    List<UUID> suppressed = new ArrayList<>();
    LocalDate on = month.atEndOfMonth();
    for (MemberMonth row : funds.month(month)) {
      if (!members.containsKey(row.memberId())) {
        continue;
      }
      if (row.suppressed()) {
        // Left as it was: a figure that was shown before stays, and nothing is worked out now.
        suppressed.add(row.memberId());
        continue;
      }
      BigDecimal paid = row.paid() == null ? LedgerMoney.ZERO : row.paid().setScale(2);
      LedgerEntry before = earlier.remove(row.memberId());
      if (before == null) {
        if (paid.signum() > 0) {
          insert(writer, line, row.memberId(), paid, on, first, month);
          added++;
        } else {
          unchanged++;
        }
      } else if (before.net().compareTo(paid) != 0) {
        ledger.correct(
            writer,
            before,
            paid.subtract(before.net()),
            LocalDate.now(FinancialYear.UK),
            "ISF return for " + MONTH.format(month) + " imported again: the total changed",
            first);
        corrected++;
      } else {
        unchanged++;
      }
    }
    // A member whose funds no longer show in the month at all paid nothing from them.
    for (LedgerEntry gone : earlier.values()) {
      if (gone.net().signum() != 0) {
        ledger.correct(
            writer,
            gone,
            gone.net().negate(),
            LocalDate.now(FinancialYear.UK),
            "ISF return for " + MONTH.format(month) + " imported again: no longer in the return",
            first);
        corrected++;
      }
    }
    UUID importId =
        jdbc.sql(
                """
                insert into commissioning.ledger_isf_import (line_id, month, entries_added,
                  corrections_added, imported_by, imported_by_name)
                values (:line, :month, :added, :corrected, :by, :name)
                returning id
                """)
            .param("line", line.id())
            .param("month", first)
            .param("added", added)
            .param("corrected", corrected)
            .param("by", writer.userId())
            .param("name", writer.name())
            .query(UUID.class)
            .single();
    for (UUID member : suppressed) {
      jdbc.sql(
              "insert into commissioning.ledger_isf_suppressed (import_id, member_id)"
                  + " values (:import, :member)")
          .param("import", importId)
          .param("member", member)
          .update();
    }
    ledger.audit(
        writer,
        AuditEntry.of("ledger.isf-imported", "ledger-isf-import", importId)
            .withDetail(month + ": " + added + " added, " + corrected + " corrected"));
    return new Result(month, added, corrected, unchanged, suppressed.size());
  }

  private void insert(
      Writer writer,
      BudgetLine line,
      UUID member,
      BigDecimal amount,
      LocalDate on,
      LocalDate first,
      YearMonth month) {
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.ledger_entry (line_id, member_id, kind, amount,
                  entry_on, description, source, isf_month, recorded_by, recorded_by_name)
                values (:line, :member, 'spend', :amount, :on, :description, 'isf-return',
                  :month, :by, :name)
                returning id
                """)
            .param("line", line.id())
            .param("member", member)
            .param("amount", amount)
            .param("on", on)
            .param("description", "Individual Service Funds paid, " + MONTH.format(month))
            .param("month", first)
            .param("by", writer.userId())
            .param("name", writer.name())
            .query(UUID.class)
            .single();
    ledger.audit(
        writer,
        AuditEntry.of("ledger.spend-recorded", "ledger-entry", id)
            .withDetail(line.name() + ": " + LedgerMoney.format(amount) + " from the ISF return"));
  }

  /** The imports made into the year's ISF line, latest first. */
  @Transactional(readOnly = true)
  List<Made> imports(FinancialYear year) {
    return jdbc.sql(
            """
            select i.month, i.entries_added, i.corrections_added, i.imported_by_name,
                   i.imported_at,
                   (select count(*) from commissioning.ledger_isf_suppressed s
                     where s.import_id = i.id) as suppressed
              from commissioning.ledger_isf_import i
              join commissioning.ledger_line l on l.id = i.line_id
              join commissioning.ledger_budget b on b.id = l.budget_id
             where b.financial_year = :year
             order by i.imported_at desc, i.month desc
            """)
        .param("year", year.startYear())
        .query(
            (rs, n) ->
                new Made(
                    YearMonth.from(rs.getDate("month").toLocalDate()),
                    rs.getInt("entries_added"),
                    rs.getInt("corrections_added"),
                    rs.getInt("suppressed"),
                    rs.getString("imported_by_name"),
                    rs.getTimestamp("imported_at").toInstant()))
        .list();
  }
}
