package org.alliance.support.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.WithheldEntries;
import org.alliance.support.person.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's plan as a whole: its page, and its own row (started when the first part is written,
 * reviewed every {@code alliance.support.review-interval}, 84 days unless the plan says otherwise).
 */
@Component
public class Plans {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final PlanReader reader;
  private final WithheldEntries withheld;
  private final int defaultReviewDays;

  Plans(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      People people,
      PlanReader reader,
      WithheldEntries withheld,
      @Value("${alliance.support.review-interval:84d}") Duration reviewInterval) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.reader = reader;
    this.withheld = withheld;
    this.defaultReviewDays = (int) Math.min(365, Math.max(7, reviewInterval.toDays()));
  }

  @Transactional
  PlanPage page(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "plan page");
    Optional<PlanSettings> settings = reader.settings(opened);
    List<Review> reviews = reader.reviews(opened);
    List<NetworkMember> network = reader.network(opened);
    List<Goal> goals = reader.goals(opened);
    // A half is pointed to only for someone who could open it alone: a merge never widens access.
    List<UUID> merged =
        reader.mergedWithPlans(opened).stream().filter(h -> access.mayOpen(viewer, h)).toList();
    return new PlanPage(
        opened,
        people.find(opened),
        settings.orElse(null),
        reader.entries(opened),
        network,
        goals,
        reader.contributions(opened),
        reviews,
        reader.firstContact(opened),
        reader.firstSupport(opened).orElse(null),
        settings
            .map(s -> nextReview(s, reviews.isEmpty() ? null : reviews.get(0).reviewedOn()))
            .orElse(null),
        NetworkMap.of(network),
        JourneyChart.of(goals),
        merged,
        withheld.now(opened));
  }

  /**
   * The next review: the plan's interval after the latest review, or after the plan started if it
   * has had none.
   */
  static LocalDate nextReview(PlanSettings plan, LocalDate latestReview) {
    LocalDate from = latestReview == null ? plan.startedOn() : latestReview;
    return from.plusDays(plan.reviewEveryDays());
  }

  int defaultReviewDays() {
    return defaultReviewDays;
  }

  /** The plan's row, made with the default interval when the first part of it is written. */
  @Transactional(propagation = Propagation.MANDATORY)
  PlanSettings ensure(RecordAccess opened) {
    Optional<PlanSettings> existing = reader.settings(opened);
    if (existing.isPresent()) {
      return existing.get();
    }
    int made =
        jdbc.sql(
                """
                insert into support.plan (person_id, started_on, started_by, review_every_days)
                values (:person, :today, :by, :days)
                on conflict (person_id) do nothing
                """)
            .param("person", opened.personId())
            .param("today", FormValues.today())
            .param("by", opened.viewer().userId())
            .param("days", defaultReviewDays)
            .update();
    PlanSettings plan = reader.settings(opened).orElseThrow();
    if (made > 0) {
      audit.record(
          AuditEntry.of("person.plan.started", "plan", plan.id()).concerning(opened.personId()));
    }
    return plan;
  }

  /** Changes how often the plan is reviewed; refused if the plan changed since {@code version}. */
  @Transactional
  void reviewEvery(Practitioner viewer, UUID personId, int weeks, Integer version) {
    if (weeks < 1 || weeks > 52) {
      throw new PlanProblem("weeks", "Reviews must be between 1 and 52 weeks apart");
    }
    RecordAccess opened = access.open(viewer, personId, "changing how often the plan is reviewed");
    PlanSettings plan = ensure(opened);
    if (version == null || plan.version() != version) {
      throw new StaleEdit(plan);
    }
    int changed =
        jdbc.sql(
                "update support.plan set review_every_days = :days, version = version + 1"
                    + " where id = :id and version = :version")
            .param("days", weeks * 7)
            .param("id", plan.id())
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleEdit(reader.settings(opened).orElseThrow());
    }
    audit.record(
        AuditEntry.of("person.plan.review-interval", "plan", plan.id())
            .concerning(personId)
            .withDetail(weeks + " weeks"));
  }
}
