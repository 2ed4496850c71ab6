package org.alliance.support.episode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.alliance.support.access.AccessGrants;
import org.alliance.support.access.Consent;
import org.alliance.support.access.Consents;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Episodes of support. Opening one at a member gives that member's team a standard grant, if the
 * person's consent covers the member (the registering member needs none); closing one ends that
 * member's standard grant, except the registering member's. Coming back is a new episode, with all
 * the earlier ones kept in view.
 */
@Component
public class Episodes {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final Consents consents;
  private final AccessGrants grants;
  private final UserAccounts users;
  private final Organisations organisations;

  Episodes(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      People people,
      Consents consents,
      AccessGrants grants,
      UserAccounts users,
      Organisations organisations) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.consents = consents;
    this.grants = grants;
    this.users = users;
    this.organisations = organisations;
  }

  @Transactional
  EpisodePage page(Practitioner viewer, UUID personId, UUID episodeId, String purpose) {
    RecordAccess opened = access.open(viewer, personId, purpose);
    List<EpisodeView> history = history(opened);
    EpisodeView episode =
        episodeId == null
            ? null
            : history.stream()
                .filter(e -> e.id().equals(episodeId))
                .findFirst()
                .orElseThrow(NoSuchRecord::new);
    return new EpisodePage(opened, people.find(opened), history, episode, members());
  }

  /** Every episode of the person, newest first. Episodes carry no label: all may see them. */
  public List<EpisodeView> history(RecordAccess opened) {
    return jdbc.sql(
            """
            select * from support.episode where person_id = :person
             order by opened_on desc, closed_on desc nulls first, id
            """)
        .param("person", opened.personId())
        .query(this::episode)
        .list();
  }

  @Transactional
  UUID open(Practitioner viewer, UUID personId, UUID memberId, String reason) {
    RecordAccess opened = access.open(viewer, personId, "opening an episode");
    Organisation member =
        members().stream()
            .filter(m -> m.id().equals(memberId))
            .findFirst()
            .orElseThrow(() -> new EpisodeProblem("member", "Choose a member from the list"));
    if (!member.id().equals(viewer.memberId()) && !opened.team()) {
      throw new EpisodeProblem(
          "member", "Only the person's own team can open an episode at another member");
    }
    Person person = people.find(opened);
    boolean registering = member.id().equals(person.registeredByMember());
    if (!registering && !consentCovers(opened, member.id())) {
      throw new EpisodeProblem(
          "member",
          "Their consent to share does not cover "
              + member.name()
              + ". Record their consent first, so that the team there can see their record.");
    }
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into support.episode (person_id, member_id, opened_on, open_reason, opened_by)
                  values (:person, :member, :today, :reason, :by)
                  returning id
                  """)
              .param("person", personId)
              .param("member", member.id())
              .param("today", today())
              .param("reason", reason)
              .param("by", viewer.userId())
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException already) {
      throw new EpisodeProblem("member", "They already have an open episode at " + member.name());
    }
    audit.record(
        AuditEntry.of("person.episode.opened", "episode", id)
            .concerning(personId)
            .withDetail("at member " + member.id()));
    if (!teamGrantInForce(personId, member.id())) {
      grants.grantTeam(personId, member.id(), "Episode of support opened");
    }
    return id;
  }

  @Transactional
  void close(Practitioner viewer, UUID personId, UUID episodeId, String reason, int version) {
    RecordAccess opened = access.open(viewer, personId, "closing an episode");
    EpisodeView current = find(personId, episodeId).orElseThrow(NoSuchRecord::new);
    if (current.version() != version || !current.open()) {
      throw new StaleEpisode(current);
    }
    if (!current.memberId().equals(viewer.memberId()) && !opened.team()) {
      throw new EpisodeProblem(
          "reason", "Only " + current.member() + " or the person's own team can close it");
    }
    LocalDate today = today();
    int changed =
        jdbc.sql(
                """
                update support.episode
                   set closed_on = greatest(opened_on, :today), close_reason = :reason,
                       closed_by = :by, version = version + 1
                 where id = :id and person_id = :person and version = :version and closed_on is null
                """)
            .param("today", today)
            .param("reason", reason)
            .param("by", viewer.userId())
            .param("id", episodeId)
            .param("person", personId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleEpisode(find(personId, episodeId).orElseThrow(NoSuchRecord::new));
    }
    audit.record(AuditEntry.of("person.episode.closed", "episode", episodeId).concerning(personId));
    Person person = people.find(opened);
    if (!current.memberId().equals(person.registeredByMember())
        && !stillOpenAt(personId, current.memberId())) {
      List<UUID> ended =
          jdbc.sql(
                  """
                  update support.access_grant
                     set status = 'revoked', ends_at = greatest(now(), starts_at + interval '1 millisecond'),
                         decision_note = 'Episode of support closed', decided_by = :by, decided_at = now()
                   where person_id = :person and kind = 'standard' and member_id = :member
                     and user_id is null and status = 'active'
                  returning id
                  """)
              .param("by", viewer.userId())
              .param("person", personId)
              .param("member", current.memberId())
              .query(UUID.class)
              .list();
      for (UUID grant : ended) {
        audit.record(
            AuditEntry.of("person.grant.revoked", "access-grant", grant)
                .concerning(personId)
                .withReason("Episode of support closed"));
      }
    }
  }

  List<Organisation> members() {
    return organisations.all().stream()
        .filter(o -> o.relationship() == Relationship.MEMBER)
        .toList();
  }

  private boolean consentCovers(RecordAccess opened, UUID member) {
    List<Consent> history = consents.history(opened);
    return !history.isEmpty() && history.get(0).covers(member, today());
  }

  private boolean teamGrantInForce(UUID personId, UUID member) {
    return jdbc.sql(
            """
            select exists (select 1 from support.access_grant
                            where person_id = :person and kind = 'standard' and member_id = :member
                              and user_id is null and status = 'active'
                              and (ends_at is null or ends_at > now()))
            """)
        .param("person", personId)
        .param("member", member)
        .query(Boolean.class)
        .single();
  }

  private boolean stillOpenAt(UUID personId, UUID member) {
    return jdbc.sql(
            "select exists (select 1 from support.episode where person_id = :person"
                + " and member_id = :member and closed_on is null)")
        .param("person", personId)
        .param("member", member)
        .query(Boolean.class)
        .single();
  }

  private Optional<EpisodeView> find(UUID personId, UUID episodeId) {
    return jdbc.sql("select * from support.episode where id = :id and person_id = :person")
        .param("id", episodeId)
        .param("person", personId)
        .query(this::episode)
        .optional();
  }

  private EpisodeView episode(ResultSet rs, int n) throws SQLException {
    UUID member = rs.getObject("member_id", UUID.class);
    return new EpisodeView(
        rs.getObject("id", UUID.class),
        member,
        organisations.name(member).orElse("a former member"),
        rs.getObject("opened_on", LocalDate.class),
        rs.getString("open_reason"),
        userName(rs.getObject("opened_by", UUID.class)),
        rs.getObject("closed_on", LocalDate.class),
        rs.getString("close_reason"),
        userName(rs.getObject("closed_by", UUID.class)),
        rs.getInt("version"));
  }

  private String userName(UUID id) {
    return id == null ? null : users.displayName(id).orElse("a former worker");
  }

  private static LocalDate today() {
    return LocalDate.now(PersonAccess.UK);
  }
}
