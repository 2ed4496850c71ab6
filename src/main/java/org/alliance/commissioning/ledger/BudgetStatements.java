package org.alliance.commissioning.ledger;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.BudgetAgainstSpend;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget against spend for a period, read from the ledger the way {@link Reports} reads a year: the
 * database sums the entries; nothing is stored. Open book: every member is shown, as the alliance
 * manager, the leadership team and the commissioner see the ledger.
 */
@Component
class BudgetStatements implements BudgetAgainstSpend {

  private final JdbcClient jdbc;
  private final Ledger ledger;

  BudgetStatements(JdbcClient jdbc, Ledger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  @Override
  @Transactional(readOnly = true)
  public Statement between(YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the months run backwards: " + from + " to " + to);
    }
    FinancialYear first = FinancialYear.containing(from.atDay(1));
    FinancialYear last = FinancialYear.containing(to.atEndOfMonth());
    List<String> years = new ArrayList<>();
    for (FinancialYear y = first; y.startYear() <= last.startYear(); y = y.next()) {
      years.add(y.label());
    }
    // A correction counts on the date of the entry it corrects, so a late correction to last
    // year's spend does not move spend into this period.
    String inPeriod =
        """
        from commissioning.ledger_entry e
        join commissioning.ledger_line l on l.id = e.line_id
        join commissioning.ledger_budget b on b.id = l.budget_id
        left join commissioning.ledger_entry o on o.id = e.corrects
        """;
    Map<String, BigDecimal[]> byLine = new LinkedHashMap<>();
    jdbc.sql(
            """
            select l.name, sum(l.budget) as budget, min(l.position) as position
              from commissioning.ledger_line l
              join commissioning.ledger_budget b on b.id = l.budget_id
             where b.financial_year between :first and :last
             group by l.name
             order by min(l.position), l.name
            """)
        .param("first", first.startYear())
        .param("last", last.startYear())
        .query(
            (rs, n) ->
                byLine.put(
                    rs.getString("name"),
                    new BigDecimal[] {rs.getBigDecimal("budget").setScale(2), LedgerMoney.ZERO}))
        .list();
    jdbc.sql(
            "select l.name, sum(e.amount) as spent "
                + inPeriod
                + """
                 where e.kind = 'spend'
                   and coalesce(o.entry_on, e.entry_on) between :from and :to
                 group by l.name
                """)
        .param("from", from.atDay(1))
        .param("to", to.atEndOfMonth())
        .query(
            (rs, n) ->
                byLine
                        .computeIfAbsent(
                            rs.getString("name"),
                            k -> new BigDecimal[] {LedgerMoney.ZERO, LedgerMoney.ZERO})[1] =
                    rs.getBigDecimal("spent").setScale(2))
        .list();
    Map<UUID, BigDecimal[]> byMember = new LinkedHashMap<>();
    jdbc.sql(
            "select e.member_id,"
                + " coalesce(sum(e.amount) filter (where e.kind = 'allocation'"
                + "   and b.financial_year between :first and :last), 0) as allocated,"
                + " coalesce(sum(e.amount) filter (where e.kind = 'spend'"
                + "   and coalesce(o.entry_on, e.entry_on) between :from and :to), 0) as spent "
                + inPeriod
                + " group by e.member_id")
        .param("first", first.startYear())
        .param("last", last.startYear())
        .param("from", from.atDay(1))
        .param("to", to.atEndOfMonth())
        .query(
            (rs, n) ->
                byMember.put(
                    rs.getObject("member_id", UUID.class),
                    new BigDecimal[] {
                      rs.getBigDecimal("allocated").setScale(2),
                      rs.getBigDecimal("spent").setScale(2)
                    }))
        .list();

    List<Row> lines = new ArrayList<>();
    BigDecimal budget = LedgerMoney.ZERO;
    BigDecimal spent = LedgerMoney.ZERO;
    for (Map.Entry<String, BigDecimal[]> line : byLine.entrySet()) {
      lines.add(Row.of(line.getKey(), line.getValue()[0], line.getValue()[1]));
      budget = budget.add(line.getValue()[0]);
      spent = spent.add(line.getValue()[1]);
    }
    Map<UUID, String> names = ledger.members();
    List<MemberRow> members = new ArrayList<>();
    for (Map.Entry<UUID, String> member : names.entrySet()) {
      BigDecimal[] f = byMember.remove(member.getKey());
      if (f != null && (f[0].signum() != 0 || f[1].signum() != 0)) {
        members.add(new MemberRow(member.getKey(), Row.of(member.getValue(), f[0], f[1])));
      }
    }
    // Entries of a member no longer in the register still count, as in the composite report.
    byMember.forEach(
        (id, f) -> {
          if (f[0].signum() != 0 || f[1].signum() != 0) {
            members.add(new MemberRow(id, Row.of("A former member", f[0], f[1])));
          }
        });
    return new Statement(years, lines, members, Row.of("The whole alliance", budget, spent));
  }
}
