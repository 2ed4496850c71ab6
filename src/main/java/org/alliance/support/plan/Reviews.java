package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of the plan: what went well, what changed, and new progress ratings for the goals being
 * worked on, all in one form and one transaction. The next review is derived from the latest.
 */
@Component
class Reviews {

  record Reviewed(
      LocalDate on,
      String wentWell,
      String changed,
      InWordsOf inWordsOf,
      Map<UUID, Integer> scores) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final Plans plans;
  private final PlanReader reader;
  private final Goals goals;

  Reviews(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      Plans plans,
      PlanReader reader,
      Goals goals) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.plans = plans;
    this.reader = reader;
    this.goals = goals;
  }

  @Transactional
  UUID record(Practitioner viewer, UUID personId, Reviewed review) {
    review.scores().forEach((goal, score) -> Progress.check("score-" + goal, score));
    RecordAccess opened = access.open(viewer, personId, "reviewing the plan");
    plans.ensure(opened);
    var visible = reader.goals(opened).stream().map(Goal::id).toList();
    for (UUID goal : review.scores().keySet()) {
      if (!visible.contains(goal)) {
        throw new PlanProblem("wentWell", "A goal in this review is not one of theirs");
      }
    }
    UUID id =
        jdbc.sql(
                """
                insert into support.plan_review (person_id, reviewed_on, went_well, changed,
                  in_words_of, reviewed_by)
                values (:person, :on, :well, :changed, :in, :by)
                returning id
                """)
            .param("person", personId)
            .param("on", review.on())
            .param("well", review.wentWell())
            .param("changed", review.changed())
            .param("in", review.inWordsOf().code())
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    audit.record(AuditEntry.of("person.plan.reviewed", "plan-review", id).concerning(personId));
    review
        .scores()
        .forEach(
            (goal, score) ->
                goals.insertRating(opened, goal, review.on(), score, review.inWordsOf(), null, id));
    return id;
  }
}
