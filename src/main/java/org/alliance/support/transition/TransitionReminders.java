package org.alliance.support.transition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of a trusted individual's people turn 18 or 21 within six months, for their follow-up list.
 * The dates come from the date of birth on the day ({@link Reminder}); a milestone whose transition
 * is already recorded as happened needs no reminder. The caller shows only people the worker may
 * open ({@code PersonAccess.glimpse}).
 */
@Component
public class TransitionReminders {

  /** A person and the reminder in force for them. */
  public record Due(UUID personId, Reminder reminder) {}

  private final JdbcClient jdbc;

  TransitionReminders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Due> forTrustedIndividual(UUID worker, LocalDate today, int limit) {
    record Candidate(UUID person, LocalDate born, Integer[] happened) {}
    // Born so that the 18th birthday is at most six months off and the 21st not yet past, with a
    // few days' slack for 29 February; Reminder decides exactly.
    List<Candidate> candidates =
        jdbc.sql(
                """
                select p.id, p.date_of_birth,
                       array(select milestone from support.transition_plan tp
                              where tp.person_id = p.id and tp.happened_on is not null) as happened
                  from support.person p
                  join support.trusted_individual t on t.person_id = p.id
                 where t.user_id = :me and t.ended_at is null and p.merged_into is null
                   and p.date_of_birth > cast(:today as date) - interval '21 years' - interval '3 days'
                   and p.date_of_birth <= cast(:today as date) + interval '6 months' + interval '3 days' - interval '18 years'
                 order by p.date_of_birth desc, p.id
                 limit :limit
                """)
            .param("me", worker)
            .param("today", today)
            .param("limit", limit)
            .query(
                (rs, n) ->
                    new Candidate(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        (Integer[]) rs.getArray(3).getArray()))
            .list();
    List<Due> due = new ArrayList<>();
    for (Candidate candidate : candidates) {
      List<Integer> happened = List.of(candidate.happened());
      for (Reminder reminder : Reminder.inForce(candidate.born(), today)) {
        if (!happened.contains(reminder.milestone())) {
          due.add(new Due(candidate.person(), reminder));
        }
      }
    }
    due.sort(java.util.Comparator.comparing(d -> d.reminder().birthday()));
    return due;
  }
}
