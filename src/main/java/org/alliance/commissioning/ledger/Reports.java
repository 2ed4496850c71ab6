package org.alliance.commissioning.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.commissioning.ledger.CompositeReport.LineRow;
import org.alliance.commissioning.ledger.CompositeReport.MemberBlock;
import org.alliance.commissioning.ledger.CompositeReport.MemberLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums the ledger into the year's figures, as the viewer may see them: one grouped query over the
 * entries (scoped to the finance lead's member where there is one), one for the alliance's totals,
 * and the ISF months support suppressed. Nothing is stored: every total is the entries' sum.
 */
@Component
class Reports {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final JdbcClient jdbc;
  private final Ledger ledger;

  Reports(JdbcClient jdbc, Ledger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  private record Sum(UUID lineId, UUID memberId, BigDecimal allocated, BigDecimal spent) {}

  @Transactional(readOnly = true)
  CompositeReport report(LedgerViewer viewer, FinancialYear year) {
    Map<UUID, String> members = ledger.members();
    String scopeName =
        viewer.openBook()
            ? "The whole alliance"
            : members.getOrDefault(viewer.scope(), "Your member");
    Optional<DevolvedBudget> budget = ledger.budget(year);
    if (budget.isEmpty()) {
      return new CompositeReport(
          year,
          false,
          viewer.openBook(),
          scopeName,
          List.of(),
          List.of(),
          Figures.NONE,
          Figures.NONE,
          List.of());
    }
    List<BudgetLine> lines = ledger.lines(budget.get().id());
    List<Sum> sums =
        jdbc.sql(
                """
                select e.line_id, e.member_id,
                       coalesce(sum(e.amount) filter (where e.kind = 'allocation'), 0) as allocated,
                       coalesce(sum(e.amount) filter (where e.kind = 'spend'), 0) as spent
                  from commissioning.ledger_entry e
                  join commissioning.ledger_line l on l.id = e.line_id
                 where l.budget_id = :budget
                   and (cast(:scope as uuid) is null or e.member_id = :scope)
                 group by e.line_id, e.member_id
                """)
            .param("budget", budget.get().id())
            .param("scope", viewer.scope())
            .query(
                (rs, n) ->
                    new Sum(
                        rs.getObject("line_id", UUID.class),
                        rs.getObject("member_id", UUID.class),
                        rs.getBigDecimal("allocated").setScale(2),
                        rs.getBigDecimal("spent").setScale(2)))
            .list();
    Figures alliance =
        jdbc.sql(
                """
                select (select coalesce(sum(budget), 0) from commissioning.ledger_line
                         where budget_id = :budget) as budget,
                       coalesce(sum(e.amount) filter (where e.kind = 'allocation'), 0) as allocated,
                       coalesce(sum(e.amount) filter (where e.kind = 'spend'), 0) as spent
                  from commissioning.ledger_entry e
                  join commissioning.ledger_line l on l.id = e.line_id
                 where l.budget_id = :budget
                """)
            .param("budget", budget.get().id())
            .query(
                (rs, n) ->
                    new Figures(
                        rs.getBigDecimal("budget").setScale(2),
                        rs.getBigDecimal("allocated").setScale(2),
                        rs.getBigDecimal("spent").setScale(2)))
            .single();

    Map<UUID, Map<UUID, Figures>> byMember = new LinkedHashMap<>();
    Map<UUID, Figures> byLine = new HashMap<>();
    for (Sum sum : sums) {
      Figures f = new Figures(null, sum.allocated(), sum.spent());
      byMember.computeIfAbsent(sum.memberId(), k -> new HashMap<>()).put(sum.lineId(), f);
      byLine.merge(sum.lineId(), f, Figures::plus);
    }
    List<LineRow> lineRows = new ArrayList<>();
    Figures shown = Figures.NONE;
    for (BudgetLine line : lines) {
      Figures spent = byLine.getOrDefault(line.id(), Figures.NONE);
      Figures f = new Figures(line.budget(), spent.allocated(), spent.spent());
      lineRows.add(new LineRow(line.id(), line.name(), line.ringFenced(), line.isf(), f));
    }
    List<MemberBlock> blocks = new ArrayList<>();
    for (Map.Entry<UUID, String> member : members.entrySet()) {
      boolean has = byMember.containsKey(member.getKey());
      if (viewer.openBook() ? !has : !member.getKey().equals(viewer.scope())) {
        continue;
      }
      Map<UUID, Figures> own = byMember.getOrDefault(member.getKey(), Map.of());
      List<MemberLine> rows = new ArrayList<>();
      Figures total = Figures.NONE;
      for (BudgetLine line : lines) {
        Figures f = own.get(line.id());
        if (f == null) {
          continue;
        }
        rows.add(new MemberLine(line.id(), line.name(), f));
        total = total.plus(f);
      }
      blocks.add(new MemberBlock(member.getKey(), member.getValue(), rows, total));
      shown = shown.plus(total);
    }
    // Entries of a member no longer in the register still count: shown under their own name.
    for (Map.Entry<UUID, Map<UUID, Figures>> orphan : byMember.entrySet()) {
      if (!members.containsKey(orphan.getKey()) && viewer.openBook()) {
        List<MemberLine> rows = new ArrayList<>();
        Figures total = Figures.NONE;
        for (BudgetLine line : lines) {
          Figures f = orphan.getValue().get(line.id());
          if (f != null) {
            rows.add(new MemberLine(line.id(), line.name(), f));
            total = total.plus(f);
          }
        }
        blocks.add(new MemberBlock(orphan.getKey(), "A former member", rows, total));
        shown = shown.plus(total);
      }
    }
    if (viewer.openBook()) {
      shown = new Figures(alliance.budget(), shown.allocated(), shown.spent());
    }
    return new CompositeReport(
        year,
        true,
        viewer.openBook(),
        scopeName,
        viewer.openBook() ? lineRows : List.of(),
        blocks,
        shown,
        alliance,
        notes(viewer, lines, members));
  }

  /** Members whose ISF returns support suppressed, by month, in the latest import of each. */
  private List<String> notes(LedgerViewer viewer, List<BudgetLine> lines, Map<UUID, String> names) {
    UUID isfLine =
        lines.stream().filter(BudgetLine::isf).map(BudgetLine::id).findFirst().orElse(null);
    if (isfLine == null) {
      return List.of();
    }
    Map<UUID, List<String>> months = new LinkedHashMap<>();
    jdbc.sql(
            """
            with latest as (
              select distinct on (month) id, month from commissioning.ledger_isf_import
               where line_id = :line order by month, imported_at desc
            )
            select s.member_id, l.month
              from latest l join commissioning.ledger_isf_suppressed s on s.import_id = l.id
             where cast(:scope as uuid) is null or s.member_id = :scope
             order by l.month
            """)
        .param("line", isfLine)
        .param("scope", viewer.scope())
        .query(
            (rs, n) -> {
              months
                  .computeIfAbsent(rs.getObject("member_id", UUID.class), k -> new ArrayList<>())
                  .add(MONTH.format(YearMonth.from(rs.getDate("month").toLocalDate())));
              return null;
            })
        .list();
    List<String> notes = new ArrayList<>();
    months.forEach(
        (member, list) ->
            notes.add(
                "Individual Service Funds spend for "
                    + names.getOrDefault(member, "a former member")
                    + " is not available for "
                    + String.join(", ", list)
                    + ": it held fewer than 5 funds, so the return leaves its figures out and"
                    + " they are not counted here."));
    return notes;
  }
}
