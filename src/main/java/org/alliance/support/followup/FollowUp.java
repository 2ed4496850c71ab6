package org.alliance.support.followup;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.alliance.support.plan.PlanReviewsDue;
import org.alliance.support.transition.TransitionReminders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's follow-up list. Missed appointments: theirs, marked did not attend, with no later
 * contact that happened or is booked. Not seen: people on their caseload with no contact for N
 * days. Turning 18 or 21: people they are trusted individual for, six and three months before the
 * birthday ({@link TransitionReminders}). Dormant people (no contact for {@code
 * alliance.support.dormant-after}) are never closed; their trusted individual gets a gentle
 * re-engagement task. Every person listed went through {@link PersonAccess#glimpse}, so only those
 * the worker may open are shown, and the showing is audited.
 */
@Component
class FollowUp {

  private static final int LIMIT = 200;

  private final JdbcClient jdbc;
  private final PersonAccess access;
  private final Duration dormantAfter;
  private final TransitionReminders transitions;
  private final PlanReviewsDue planReviews;

  FollowUp(
      JdbcClient jdbc,
      PersonAccess access,
      @Value("${alliance.support.dormant-after:90d}") Duration dormantAfter,
      TransitionReminders transitions,
      PlanReviewsDue planReviews) {
    this.jdbc = jdbc;
    this.access = access;
    this.dormantAfter = dormantAfter;
    this.transitions = transitions;
    this.planReviews = planReviews;
  }

  /** Plan reviews are listed a week ahead, so that the trusted individual can arrange them. */
  static final int REVIEW_NOTICE_DAYS = 7;

  private record Found(UUID personId, Instant at, String label) {}

  @Transactional
  FollowUpList list(Practitioner viewer, long notSeenDays) {
    Instant dormantSince = Instant.now().minus(dormantAfter);
    List<Found> missed =
        jdbc.sql(
                """
                select c.person_id, c.happens_at, c.label
                  from support.contact c
                 where c.worker_id = :me and c.outcome = 'did-not-attend'
                   and not exists (
                         select 1 from support.contact l
                          where l.person_id = c.person_id and l.happens_at > c.happens_at
                            and (l.outcome = 'attended' or l.outcome is null))
                 order by c.happens_at desc
                 limit :limit
                """)
            .param("me", viewer.userId())
            .param("limit", LIMIT)
            .query(
                (rs, n) -> found(rs.getObject(1, UUID.class), rs.getTimestamp(2), rs.getString(3)))
            .list();
    List<Found> notSeen =
        jdbc.sql(
                """
                select p.id, p.last_contact_at
                  from support.person p
                 where p.merged_into is null
                   and coalesce(p.last_contact_at, p.registered_at) < now() - make_interval(days => :days)
                   and (p.registered_by = :me
                        or exists (select 1 from support.trusted_individual t
                                    where t.person_id = p.id and t.user_id = :me and t.ended_at is null)
                        or exists (select 1 from support.contact c
                                    where c.person_id = p.id and c.worker_id = :me
                                      and c.happens_at > now() - interval '180 days'))
                 order by coalesce(p.last_contact_at, p.registered_at), p.id
                 limit :limit
                """)
            .param("me", viewer.userId())
            .param("days", (int) notSeenDays)
            .param("limit", LIMIT)
            .query((rs, n) -> found(rs.getObject(1, UUID.class), rs.getTimestamp(2), null))
            .list();
    List<Found> reEngage =
        jdbc.sql(
                """
                select p.id, p.last_contact_at
                  from support.person p
                  join support.trusted_individual t on t.person_id = p.id
                 where t.user_id = :me and t.ended_at is null and p.merged_into is null
                   and coalesce(p.last_contact_at, p.registered_at) < :since
                 order by coalesce(p.last_contact_at, p.registered_at), p.id
                 limit :limit
                """)
            .param("me", viewer.userId())
            .param("since", Timestamp.from(dormantSince))
            .param("limit", LIMIT)
            .query((rs, n) -> found(rs.getObject(1, UUID.class), rs.getTimestamp(2), null))
            .list();
    List<Found> toAccept =
        jdbc.sql(
                """
                select t.person_id, t.chosen_at
                  from support.trusted_individual t
                 where t.user_id = :me and t.ended_at is null and t.accepted_at is null
                 order by t.chosen_at, t.id
                 limit :limit
                """)
            .param("me", viewer.userId())
            .param("limit", LIMIT)
            .query((rs, n) -> found(rs.getObject(1, UUID.class), rs.getTimestamp(2), null))
            .list();

    LocalDate today = LocalDate.now(PersonAccess.UK);
    List<TransitionReminders.Due> turning =
        transitions.forTrustedIndividual(viewer.userId(), today, LIMIT);
    List<PlanReviewsDue.Due> reviews =
        planReviews.forTrustedIndividual(
            viewer.userId(), today.plusDays(REVIEW_NOTICE_DAYS), LIMIT);

    Set<UUID> ids = new LinkedHashSet<>();
    for (List<Found> part : List.of(missed, notSeen, reEngage, toAccept)) {
      part.forEach(f -> ids.add(f.personId()));
    }
    turning.forEach(t -> ids.add(t.personId()));
    reviews.forEach(r -> ids.add(r.personId()));
    Map<UUID, Optional<RecordAccess>> shown =
        access.glimpse(viewer, new ArrayList<>(ids), "follow-up list");
    Map<UUID, Person> people = people(shown);
    return new FollowUpList(
        rows(missed, shown, people, dormantSince),
        rows(notSeen, shown, people, dormantSince),
        rows(reEngage, shown, people, dormantSince),
        rows(toAccept, shown, people, dormantSince),
        transitions(turning, shown, people),
        notSeenDays,
        reviews.stream()
            .filter(r -> shown.getOrDefault(r.personId(), Optional.empty()).isPresent())
            .filter(r -> people.containsKey(r.personId()))
            .map(
                r ->
                    new FollowUpList.ReviewRow(
                        r.personId(),
                        people.get(r.personId()).name(),
                        r.dueOn(),
                        r.dueOn().isBefore(today)))
            .toList());
  }

  Duration dormantAfter() {
    return dormantAfter;
  }

  private record Person(String name, Instant since) {}

  private Map<UUID, Person> people(Map<UUID, Optional<RecordAccess>> shown) {
    UUID[] open =
        shown.entrySet().stream()
            .filter(e -> e.getValue().isPresent())
            .map(Map.Entry::getKey)
            .toArray(UUID[]::new);
    Map<UUID, Person> people = new HashMap<>();
    if (open.length == 0) {
      return people;
    }
    jdbc.sql(
            """
            select id, given_name || ' ' || family_name as name,
                   coalesce(last_contact_at, registered_at) as since
              from support.person where id = any(:ids)
            """)
        .param("ids", open)
        .query(
            (rs, n) ->
                people.put(
                    rs.getObject("id", UUID.class),
                    new Person(rs.getString("name"), rs.getTimestamp("since").toInstant())))
        .list();
    return people;
  }

  private static List<FollowUpList.Row> rows(
      List<Found> found,
      Map<UUID, Optional<RecordAccess>> shown,
      Map<UUID, Person> people,
      Instant dormantSince) {
    List<FollowUpList.Row> rows = new ArrayList<>();
    for (Found f : found) {
      Optional<RecordAccess> opened = shown.getOrDefault(f.personId(), Optional.empty());
      Person person = people.get(f.personId());
      if (opened.isEmpty() || person == null) {
        continue;
      }
      // A labelled missed appointment is listed only where the worker's access reaches the label.
      if (f.label() != null
          && !opened.get().reaches(SensitivityLabel.fromCode(f.label()).orElse(null))) {
        continue;
      }
      rows.add(
          new FollowUpList.Row(
              f.personId(), person.name(), f.at(), person.since().isBefore(dormantSince)));
    }
    return rows;
  }

  private static List<FollowUpList.Transition> transitions(
      List<TransitionReminders.Due> due,
      Map<UUID, Optional<RecordAccess>> shown,
      Map<UUID, Person> people) {
    List<FollowUpList.Transition> rows = new ArrayList<>();
    for (TransitionReminders.Due d : due) {
      Person person = people.get(d.personId());
      if (shown.getOrDefault(d.personId(), Optional.empty()).isEmpty() || person == null) {
        continue;
      }
      rows.add(
          new FollowUpList.Transition(
              d.personId(), person.name(), d.reminder().text(), d.reminder().monthsBefore() == 3));
    }
    return rows;
  }

  private static Found found(UUID person, Timestamp at, String label) {
    return new Found(person, at == null ? null : at.toInstant(), label);
  }
}
