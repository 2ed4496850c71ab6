package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans whose review is due, for the follow-up list of the trusted individual who leads them. Says
 * only who and when: the list opens each record through {@code PersonAccess} before showing it.
 */
@Component
public class PlanReviewsDue {

  /** A person whose plan is due for review on a day (past days: overdue). */
  public record Due(UUID personId, LocalDate dueOn) {}

  private final JdbcClient jdbc;

  PlanReviewsDue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The plans of people the worker is the current trusted individual for, due for review on or
   * before {@code by}, longest overdue first. The due date is worked out as {@link
   * Plans#nextReview} does: the interval after the latest review, or after the plan started.
   */
  public List<Due> forTrustedIndividual(UUID worker, LocalDate by, int limit) {
    return jdbc.sql(
            """
            select d.person_id, d.due_on from (
              select p.person_id,
                     coalesce((select max(r.reviewed_on) from support.plan_review r
                                where r.person_id = p.person_id), p.started_on)
                       + p.review_every_days as due_on
                from support.plan p
                join support.trusted_individual t
                  on t.person_id = p.person_id and t.user_id = :me and t.ended_at is null
                join support.person pe on pe.id = p.person_id and pe.merged_into is null) d
             where d.due_on <= :by
             order by d.due_on, d.person_id
             limit :limit
            """)
        .param("me", worker)
        .param("by", by)
        .param("limit", limit)
        .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
        .list();
  }
}
