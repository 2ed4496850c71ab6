package org.alliance.support.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.organisation.Organisations;
import org.alliance.support.IndividualServiceFunds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ISF return: per holding member, one month's totals in one query, with members holding one to
 * four funds suppressed. No person is named or counted apart from the member's total.
 */
@Component
class IsfReturns implements IndividualServiceFunds {

  private final JdbcClient jdbc;
  private final Organisations organisations;
  private final AuditLog audit;

  IsfReturns(JdbcClient jdbc, Organisations organisations, AuditLog audit) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.audit = audit;
  }

  @Override
  @Transactional(readOnly = true)
  public List<MemberMonth> month(YearMonth month) {
    return jdbc
        .sql(
            """
            with fund as (
              select b.id, b.holding_member_id as member, b.allocation, b.starts_on, b.ends_on,
                     b.reconciled_on, b.returned
                from support.budget b
               where b.kind = 'isf'
            ), spend as (
              select s.budget_id, s.kind, s.amount
                from support.budget_spend s
               where s.status = 'counted' and s.spent_on between :first and :last
            ), active as (
              select f.* from fund f
               where (f.starts_on <= :last and f.ends_on >= :first)
                  or f.reconciled_on between :first and :last
                  or exists (select 1 from spend s where s.budget_id = f.id)
            )
            select a.member,
                   count(*) as funds,
                   coalesce(sum(a.allocation) filter (where a.starts_on between :first and :last), 0)
                     as allocated,
                   coalesce((select sum(s.amount) from spend s join fund f on f.id = s.budget_id
                              where f.member = a.member and s.kind = 'commitment'), 0) as committed,
                   coalesce((select sum(s.amount) from spend s join fund f on f.id = s.budget_id
                              where f.member = a.member and s.kind = 'payment'), 0) as paid,
                   coalesce(sum(a.returned) filter (where a.reconciled_on between :first and :last),
                            0) as returned
              from active a
             group by a.member
            """)
        .param("first", month.atDay(1))
        .param("last", month.atEndOfMonth())
        .query(
            (rs, n) -> {
              UUID member = rs.getObject("member", UUID.class);
              int funds = rs.getInt("funds");
              String name = organisations.name(member).orElse("A former member");
              if (funds < SMALLEST_SHOWN) {
                return new MemberMonth(member, name, true, null, null, null, null, null);
              }
              return new MemberMonth(
                  member,
                  name,
                  false,
                  funds,
                  rs.getBigDecimal("allocated"),
                  rs.getBigDecimal("committed"),
                  rs.getBigDecimal("paid"),
                  rs.getBigDecimal("returned"));
            })
        .list()
        .stream()
        .sorted(Comparator.comparing(MemberMonth::memberName))
        .toList();
  }

  /** The month's return as the alliance manager reads it, audited (month only: no one is named). */
  @Transactional
  List<MemberMonth> read(YearMonth month) {
    audit.record(AuditEntry.of("budget.isf-return-read", "isf-return", month.toString()));
    return month(month);
  }

  static String money(BigDecimal amount) {
    return Money.format(amount);
  }
}
