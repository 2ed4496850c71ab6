package org.alliance.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit of one supported person's record, newest first: who read or changed it, from which
 * member, and why where they gave a reason. For the data-protection lead, subject-access copies and
 * the person's own view; the caller decides who may ask.
 */
@Component
public class PersonTrail {

  private final JdbcClient jdbc;

  PersonTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One entry of a person's trail. */
  public record Entry(
      Instant occurredAt,
      String username,
      String organisation,
      String action,
      String reason,
      String detail) {}

  public List<Entry> of(UUID personId, int most) {
    return of(personId, most, List.of());
  }

  /**
   * The trail less the entries about these subjects (by id): the person's own copy leaves out what
   * concerns an entry withheld from them, which would otherwise tell them it exists.
   */
  public List<Entry> of(UUID personId, int most, Collection<String> leavingOut) {
    return jdbc.sql(
            """
            select occurred_at, actor_username, actor_organisation, action, reason, detail
              from audit.audit_event
             where person_id = :person
               and (subject_id is null or not subject_id = any(:leavingOut))
             order by occurred_at desc, id desc
             limit :most
            """)
        .param("person", personId)
        .param("leavingOut", leavingOut.toArray(String[]::new))
        .param("most", most)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor_username"),
                    rs.getString("actor_organisation"),
                    rs.getString("action"),
                    rs.getString("reason"),
                    rs.getString("detail")))
        .list();
  }

  /**
   * One entry of a person's trail with the account that made it (null for the system) and what it
   * was done to, so the person's own view can say who, and leave out what they did themself.
   */
  public record Step(
      Instant occurredAt,
      UUID actorUserId,
      String organisation,
      String action,
      String subjectType,
      String subjectId,
      String reason,
      String detail) {}

  /**
   * A page of the trail of these records (a person and any records merged into them), newest first,
   * leaving out what the given accounts did: one query, however long the trail.
   */
  public List<Step> steps(
      Collection<UUID> personIds, Collection<UUID> leavingOut, long skip, int most) {
    return jdbc.sql(
            """
            select occurred_at, actor_user_id, actor_organisation, action, subject_type,
                   subject_id, reason, detail
              from audit.audit_event
             where person_id = any(:people)
               and (actor_user_id is null or actor_user_id <> all(:leavingOut))
             order by occurred_at desc, id desc
             offset :skip limit :most
            """)
        .param("people", personIds.toArray(UUID[]::new))
        .param("leavingOut", leavingOut.toArray(UUID[]::new))
        .param("skip", skip)
        .param("most", most)
        .query(
            (rs, n) ->
                new Step(
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getObject("actor_user_id", UUID.class),
                    rs.getString("actor_organisation"),
                    rs.getString("action"),
                    rs.getString("subject_type"),
                    rs.getString("subject_id"),
                    rs.getString("reason"),
                    rs.getString("detail")))
        .list();
  }
}
