package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Successful completion and re-presentation as the national definitions put them, computed from the
 * record in one place, for the return's page now and the outcomes framework later.
 *
 * <p><b>Successful completion</b>: discharged with a reason of class S (80, 81, 82: completed
 * drug-free, alcohol-free, or an occasional user of neither heroin/opiates nor crack), and, for an
 * opiate client (any presenting substance of class {@code opiate}), not on substitute medication at
 * exit: no modality of class {@code substitute} still running after the discharge date (one that
 * ended on the discharge date counts as stopped).
 *
 * <p><b>Re-presentation</b>: another treatment episode (one with NDTMS treatment details: a triage)
 * of the same person, at any member of the alliance, starting (its triage date, else its referral
 * date, else the day it opened) on or after the discharge date and no later than six calendar
 * months after it ({@link #windowEnd}: the same day of the month six months on, or the month's last
 * day where that day does not exist, as lubridate's {@code %m+%} in the national analysts' scripts
 * does). Discharged on 1 December 2025, a new triage on 1 June 2026 (day 182) is a re-presentation,
 * and one on 2 June (day 183) is not.
 *
 * <p>Every figure is a <b>local estimate</b>: the national figure also sees re-presentations at
 * providers outside the alliance, so this one overstates success.
 */
@Component
public class Completions {

  /** Shown beside every figure made from these definitions. */
  public static final String LOCAL_ESTIMATE =
      "Local estimate: re-presentations at providers outside the alliance are not seen, so this"
          + " overstates success against the national figure.";

  private final JdbcClient jdbc;
  private final NdtmsSettings settings;

  Completions(JdbcClient jdbc, NdtmsSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** The last day a new episode counts as a re-presentation after this discharge. */
  public static LocalDate windowEnd(LocalDate discharged) {
    return discharged.plusMonths(6);
  }

  /** Whether an episode starting on {@code nextStart} re-presents after this discharge. */
  public static boolean representation(LocalDate discharged, LocalDate nextStart) {
    return nextStart != null
        && !nextStart.isBefore(discharged)
        && !nextStart.isAfter(windowEnd(discharged));
  }

  /** Completed free of dependence, as the national definition has it. */
  public static boolean successful(
      String reasonClass, boolean opiateClient, boolean substituteAtExit) {
    return "S".equals(reasonClass) && !(opiateClient && substituteAtExit);
  }

  /**
   * One discharged episode as the definitions see it.
   *
   * @param reasonClass S, N or U, from the discharge reason's code list
   * @param inferred whether the discharge is the dormant rule's
   * @param nextStart when the person's next episode started, if one did on or after the discharge
   */
  public record Completion(
      UUID episodeId,
      UUID memberId,
      LocalDate dischargedOn,
      String reason,
      String reasonClass,
      boolean inferred,
      boolean opiateClient,
      boolean substituteAtExit,
      LocalDate nextStart) {

    public boolean successful() {
      return Completions.successful(reasonClass, opiateClient, substituteAtExit);
    }

    public boolean represented() {
      return representation(dischargedOn, nextStart);
    }

    /** Successful and not followed by a re-presentation: what the outcome indicators count. */
    public boolean successfulWithoutRepresentation() {
      return successful() && !represented();
    }

    /** Whether the six months have passed, so the answer can no longer change. */
    public boolean settledBy(LocalDate day) {
      return day.isAfter(windowEnd(dischargedOn)) || represented();
    }
  }

  /**
   * Figures for a period, a member or every member: discharges, successful completions, and how
   * many of those were followed by a re-presentation (so far, where six months have not passed).
   */
  public record Tally(int discharges, int successful, int successfulThenRepresented) {

    public int successfulWithoutRepresentation() {
      return successful - successfulThenRepresented;
    }
  }

  /** Episodes discharged from {@code from} to {@code to}, at one member or (null) all. */
  @Transactional(readOnly = true)
  public List<Completion> discharged(UUID member, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            with discharged as (
              select e.id, e.person_id, e.member_id,
                     coalesce(n.discharged_on, dormant.last_day) as discharged_on,
                     case when n.discharged_on is null then cast(:dormantReason as text)
                          else n.discharge_reason end as reason,
                     n.discharged_on is null as inferred
                from support.episode e
                join support.ndtms_episode n on n.episode_id = e.id
            """
                + DormantDischarge.LATERAL
                + """
               where (cast(:member as uuid) is null or e.member_id = :member)
                 and coalesce(n.discharged_on, dormant.last_day) between :from and :to
            )
            select d.*, code.class as reason_class,
                   exists (select 1 from support.ndtms_substance s
                             join support.ndtms_code sc on sc.list_code = 'DRUG' and sc.code = s.substance
                            where s.episode_id = d.id and sc.class = 'opiate') as opiate,
                   exists (select 1 from support.ndtms_modality m
                             join support.ndtms_code mc on mc.list_code = 'MODAL' and mc.code = m.modality
                            where m.episode_id = d.id and mc.class = 'substitute'
                              and (m.ended_on is null or m.ended_on > d.discharged_on)) as substitute,
                   (select min(coalesce(n2.triaged_on, n2.referred_on, e2.opened_on))
                      from support.episode e2
                      join support.ndtms_episode n2 on n2.episode_id = e2.id
                     where e2.person_id = d.person_id and e2.id <> d.id
                       and coalesce(n2.triaged_on, n2.referred_on, e2.opened_on) >= d.discharged_on)
                     as next_start
              from discharged d
              left join lateral (
                    select class from support.ndtms_code c
                     where c.list_code = 'DISRSN' and c.code = d.reason
                     order by c.valid_from desc limit 1) code on true
             order by d.discharged_on, d.id
            """)
        .param("member", member)
        .param("from", from)
        .param("to", to)
        .param("asOf", to)
        .param("dormantDays", settings.dormantDays())
        .param("dormantReason", settings.dormantReason())
        .query(
            (rs, n) ->
                new Completion(
                    rs.getObject("id", UUID.class),
                    rs.getObject("member_id", UUID.class),
                    rs.getObject("discharged_on", LocalDate.class),
                    rs.getString("reason"),
                    rs.getString("reason_class"),
                    rs.getBoolean("inferred"),
                    rs.getBoolean("opiate"),
                    rs.getBoolean("substitute"),
                    rs.getObject("next_start", LocalDate.class)))
        .list();
  }

  /** The figures for a period, counted from {@link #discharged}. */
  @Transactional(readOnly = true)
  public Tally tally(UUID member, LocalDate from, LocalDate to) {
    List<Completion> all = discharged(member, from, to);
    int successful = (int) all.stream().filter(Completion::successful).count();
    int represented = (int) all.stream().filter(c -> c.successful() && c.represented()).count();
    return new Tally(all.size(), successful, represented);
  }
}
