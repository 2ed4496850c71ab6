package org.alliance.commissioning.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a commissioner should act on soon: a contract's end, the last day to give notice (the end
 * less the notice period) and each open extension option's decision date, when it falls within the
 * lead time they chose (6 months unless they chose another). An open option whose decision date has
 * passed on a contract still running stays on the list, as overdue. Ended contracts raise none.
 */
@Component
class ContractAlerts {

  static final int DEFAULT_LEAD_MONTHS = 6;
  static final List<Integer> LEAD_CHOICES = List.of(1, 2, 3, 6, 9, 12, 18, 24);

  private final ContractRegister register;
  private final JdbcClient jdbc;
  private final AuditLog audit;

  ContractAlerts(ContractRegister register, JdbcClient jdbc, AuditLog audit) {
    this.register = register;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** One date to act by. */
  record Alert(UUID contractId, String service, String what, LocalDate on, boolean overdue) {

    public String day() {
      return Contract.day(on);
    }

    /** "Family support service: ends on 31 March 2027". */
    public String text() {
      return service + ": " + what + (overdue ? " was due on " : " on ") + day();
    }

    public String href() {
      return "/commissioning/contracts/" + contractId;
    }
  }

  int leadMonths(UUID user) {
    return jdbc.sql("select lead_months from commissioning.alert_preference where user_id = :user")
        .param("user", user)
        .query(Integer.class)
        .optional()
        .orElse(DEFAULT_LEAD_MONTHS);
  }

  @Transactional
  void setLeadMonths(UUID user, int months) {
    jdbc.sql(
            """
            insert into commissioning.alert_preference (user_id, lead_months)
            values (:user, :months)
            on conflict (user_id) do update set lead_months = excluded.lead_months,
              updated_at = now()
            """)
        .param("user", user)
        .param("months", months)
        .update();
    audit.record(
        AuditEntry.of("commissioning.alerts.lead-time-set", "user", user)
            .withDetail(months + " months"));
  }

  /** Everything due within the lead time of today, soonest (or most overdue) first. */
  List<Alert> due(LocalDate today, int leadMonths) {
    LocalDate horizon = today.plusMonths(leadMonths);
    List<Alert> alerts = new ArrayList<>();
    // Only contracts with something due can raise an alert: found in SQL, read in full after, so
    // a commissioner's home page does not read a register of thousands on every visit.
    List<UUID> candidates =
        jdbc.sql(
                """
                select c.id from commissioning.contract c
                 where c.status <> 'ended' and c.end_on >= :today
                   and (c.end_on - make_interval(months => c.notice_months) <= :horizon
                        or exists (select 1 from commissioning.extension_option o
                                    where o.contract_id = c.id and o.state = 'open'
                                      and o.decide_by <= :horizon))
                 order by lower(c.service), c.reference
                """)
            .param("today", today)
            .param("horizon", horizon)
            .query(UUID.class)
            .list();
    for (Contract contract : register.some(candidates)) {
      if ("ended".equals(contract.status()) || contract.endOn().isBefore(today)) {
        continue;
      }
      if (!contract.endOn().isAfter(horizon)) {
        alerts.add(new Alert(contract.id(), contract.service(), "ends", contract.endOn(), false));
      }
      LocalDate notice = contract.noticeBy();
      if (notice != null && !notice.isBefore(today) && !notice.isAfter(horizon)) {
        alerts.add(
            new Alert(contract.id(), contract.service(), "last day to give notice", notice, false));
      }
      for (Contract.ExtensionOption option : contract.options()) {
        if (option.open() && !option.decideBy().isAfter(horizon)) {
          alerts.add(
              new Alert(
                  contract.id(),
                  contract.service(),
                  "decision on extension option " + option.position(),
                  option.decideBy(),
                  option.decideBy().isBefore(today)));
        }
      }
    }
    alerts.sort(Comparator.comparing(Alert::on).thenComparing(Alert::service));
    return alerts;
  }
}
