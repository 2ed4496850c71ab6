package org.alliance.support.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.LabelFilter;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest events of a record, newest first: contacts and appointments, case notes, episodes
 * opened and closed. Labelled entries the viewer's grant does not reach are left out in the query
 * itself. Each part is limited before the union, so the indexes by person and time serve it.
 */
@Component
class Timeline {

  static final int LATEST = 50;

  private final JdbcClient jdbc;
  private final UserAccounts users;
  private final Organisations organisations;

  Timeline(JdbcClient jdbc, UserAccounts users, Organisations organisations) {
    this.jdbc = jdbc;
    this.users = users;
    this.organisations = organisations;
  }

  List<TimelineEvent> latest(RecordAccess access) {
    Map<UUID, String> people = new HashMap<>();
    Map<UUID, String> members = new HashMap<>();
    return jdbc.sql(
            """
            select * from (
              (select 'contact' as kind, c.id, c.happens_at as at, c.mode, c.outcome, c.label,
                      c.summary as text, c.worker_id as who, c.member_id,
                      cast(null as uuid) as corrects, false as corrected
                 from support.contact c
                where c.person_id = :person and %s
                order by c.happens_at desc limit :latest)
              union all
              (select 'note', n.id, n.written_at, null, null, n.label, n.body, n.author_id,
                      n.member_id, n.corrects,
                      exists (select 1 from support.case_note k where k.corrects = n.id)
                 from support.case_note n
                where n.person_id = :person and %s
                order by n.written_at desc limit :latest)
              union all
              (select 'episode-opened', e.id, cast(e.opened_on as timestamp) at time zone 'Europe/London',
                      null, null, null, e.open_reason, e.opened_by, e.member_id, null, false
                 from support.episode e where e.person_id = :person
                order by e.opened_on desc limit :latest)
              union all
              (select 'episode-closed', e.id, cast(e.closed_on as timestamp) at time zone 'Europe/London',
                      null, null, null, e.close_reason, e.closed_by, e.member_id, null, false
                 from support.episode e where e.person_id = :person and e.closed_on is not null
                order by e.closed_on desc limit :latest)
            ) events
            order by at desc, kind, id
            limit :latest
            """
                .formatted(LabelFilter.visible("c"), LabelFilter.visible("n")))
        .param("person", access.personId())
        .param("labels", LabelFilter.labels(access))
        .param("latest", LATEST)
        .query(
            (rs, n) ->
                new TimelineEvent(
                    rs.getString("kind"),
                    rs.getObject("id", UUID.class),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("mode"),
                    rs.getString("outcome"),
                    SensitivityLabel.fromCode(rs.getString("label")).orElse(null),
                    rs.getString("text"),
                    name(people, rs.getObject("who", UUID.class)),
                    members.computeIfAbsent(
                        rs.getObject("member_id", UUID.class),
                        id -> organisations.name(id).orElse("a former member")),
                    rs.getObject("corrects", UUID.class),
                    rs.getBoolean("corrected")))
        .list();
  }

  private String name(Map<UUID, String> known, UUID user) {
    if (user == null) {
      return "someone";
    }
    return known.computeIfAbsent(user, id -> users.displayName(id).orElse("a former worker"));
  }
}
