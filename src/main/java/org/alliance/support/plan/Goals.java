package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goals in the person's words, each in a life domain of the set offered at their age, with steps
 * (who helps, done or not) and progress on the 1-10 scale kept as a row per rating.
 */
@Component
class Goals {

  /** What a valid goal form says. */
  record Aim(
      UUID domainId,
      String words,
      InWordsOf inWordsOf,
      GoalStatus status,
      SensitivityLabel label) {}

  /** Who helps with a step: someone from the network, the worker writing it, or nobody named. */
  record Helper(UUID networkMember, boolean me) {
    static final Helper NOBODY = new Helper(null, false);
  }

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final Plans plans;
  private final PlanReader reader;
  private final People people;
  private final LifeDomains domains;

  Goals(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      Plans plans,
      PlanReader reader,
      People people,
      LifeDomains domains) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.plans = plans;
    this.reader = reader;
    this.people = people;
    this.domains = domains;
  }

  @Transactional
  UUID add(Practitioner viewer, UUID personId, Aim aim, Integer firstScore) {
    RecordAccess opened = access.open(viewer, personId, "setting a goal");
    check(opened, aim, null);
    if (firstScore != null) {
      Progress.check("score", firstScore);
    }
    plans.ensure(opened);
    UUID id =
        jdbc.sql(
                """
                insert into support.plan_goal (person_id, domain_id, words, in_words_of, status,
                  label, set_on, set_by)
                values (:person, :domain, :words, :in, 'working-on', :label, :today, :by)
                returning id
                """)
            .param("person", personId)
            .param("domain", aim.domainId())
            .param("words", aim.words())
            .param("in", aim.inWordsOf().code())
            .param("label", FormValues.code(aim.label()))
            .param("today", FormValues.today())
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    audit.record(AuditEntry.of("person.plan.goal-set", "plan-goal", id).concerning(personId));
    if (firstScore != null) {
      insertRating(opened, id, FormValues.today(), firstScore, aim.inWordsOf(), null, null);
    }
    return id;
  }

  @Transactional
  void change(Practitioner viewer, UUID personId, UUID goalId, Aim aim, int version) {
    RecordAccess opened = access.open(viewer, personId, "changing a goal");
    Goal current = reader.goal(opened, goalId).orElseThrow(NoSuchRecord::new);
    check(opened, aim, current.domainId());
    if (current.version() != version) {
      throw new StaleEdit(current);
    }
    int changed =
        jdbc.sql(
                """
                update support.plan_goal
                   set domain_id = :domain, words = :words, in_words_of = :in, status = :status,
                       label = :label, version = version + 1
                 where id = :id and person_id = :person and version = :version
                """)
            .param("domain", aim.domainId())
            .param("words", aim.words())
            .param("in", aim.inWordsOf().code())
            .param("status", aim.status().code())
            .param("label", FormValues.code(aim.label()))
            .param("id", goalId)
            .param("person", personId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleEdit(reader.goal(opened, goalId).orElseThrow(NoSuchRecord::new));
    }
    audit.record(
        AuditEntry.of("person.plan.goal-changed", "plan-goal", goalId)
            .concerning(personId)
            .withDetail(aim.status().code()));
  }

  /**
   * The domain must be offered at the person's age today, or be the goal's own domain already (a
   * goal set at 17 keeps its domain when they turn 21, and a retired domain keeps its goals).
   */
  private void check(RecordAccess opened, Aim aim, UUID keptDomain) {
    Conversation.checkLabel(opened, aim.label());
    if (aim.domainId().equals(keptDomain)) {
      return;
    }
    Person person = people.find(opened);
    boolean offered =
        domains.offeredFor(person, FormValues.today()).stream()
            .flatMap(g -> g.domains().stream())
            .anyMatch(d -> d.id().equals(aim.domainId()));
    if (!offered) {
      throw new PlanProblem("domain", "Choose a life domain from the list");
    }
  }

  @Transactional
  UUID addStep(Practitioner viewer, UUID personId, UUID goalId, String words, Helper helper) {
    RecordAccess opened = access.open(viewer, personId, "adding a step to a goal");
    reader.goal(opened, goalId).orElseThrow(NoSuchRecord::new);
    if (helper.networkMember() != null && reader.member(opened, helper.networkMember()).isEmpty()) {
      throw new PlanProblem("helper", "Choose who helps from the list");
    }
    UUID id =
        jdbc.sql(
                """
                insert into support.plan_goal_step (person_id, goal_id, words, helper_network,
                  helper_worker, added_by)
                values (:person, :goal, :words, :network, :worker, :by)
                returning id
                """)
            .param("person", personId)
            .param("goal", goalId)
            .param("words", words)
            .param("network", helper.networkMember())
            .param("worker", helper.me() ? viewer.userId() : null)
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.plan.step-added", "plan-goal-step", id).concerning(personId));
    return id;
  }

  /**
   * Marks a step done or not done; refused if it changed since {@code version}. Returns the step's
   * goal.
   */
  @Transactional
  UUID stepDone(Practitioner viewer, UUID personId, UUID stepId, boolean done, Integer version) {
    RecordAccess opened = access.open(viewer, personId, "marking a step");
    Step step =
        reader.goals(opened).stream()
            .flatMap(g -> g.steps().stream())
            .filter(s -> s.id().equals(stepId))
            .findFirst()
            .orElseThrow(NoSuchRecord::new);
    if (version == null || step.version() != version) {
      throw new StaleEdit(step);
    }
    int changed =
        jdbc.sql(
                """
                update support.plan_goal_step set done_on = :done, version = version + 1
                 where id = :id and person_id = :person and version = :version
                """)
            .param("done", done ? FormValues.today() : null)
            .param("id", stepId)
            .param("person", personId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleEdit(step);
    }
    audit.record(
        AuditEntry.of("person.plan.step-" + (done ? "done" : "not-done"), "plan-goal-step", stepId)
            .concerning(personId));
    return step.goalId();
  }

  /** Records progress towards a goal, 1 to 10; anything else is refused. */
  @Transactional
  UUID rate(
      Practitioner viewer, UUID personId, UUID goalId, int score, InWordsOf ratedBy, String note) {
    Progress.check("score", score);
    RecordAccess opened = access.open(viewer, personId, "recording progress towards a goal");
    reader.goal(opened, goalId).orElseThrow(NoSuchRecord::new);
    return insertRating(opened, goalId, FormValues.today(), score, ratedBy, note, null);
  }

  /** A rating of a goal already opened under {@code opened}: within a review, for example. */
  @Transactional(propagation = Propagation.MANDATORY)
  UUID insertRating(
      RecordAccess opened,
      UUID goalId,
      LocalDate on,
      int score,
      InWordsOf ratedBy,
      String note,
      UUID reviewId) {
    Progress.check("score", score);
    UUID id =
        jdbc.sql(
                """
                insert into support.plan_goal_rating (person_id, goal_id, rated_on, score, rated_by,
                  note, review_id, recorded_by)
                values (:person, :goal, :on, :score, :by, :note, :review, :recorder)
                returning id
                """)
            .param("person", opened.personId())
            .param("goal", goalId)
            .param("on", on)
            .param("score", score)
            .param("by", ratedBy.code())
            .param("note", note)
            .param("review", reviewId)
            .param("recorder", opened.viewer().userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.plan.progress-rated", "plan-goal", goalId)
            .concerning(opened.personId())
            .withDetail(score + " of 10"));
    return id;
  }
}
