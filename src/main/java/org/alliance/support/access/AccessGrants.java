package org.alliance.support.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Making, deciding and ending grants. Every change is audited in its own transaction's work. */
@Component
public class AccessGrants {

  private static final String ALL_LABELS =
      "array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health']";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final UserAccounts users;
  private final Organisations organisations;
  private final Duration breakGlassFor;

  AccessGrants(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      UserAccounts users,
      Organisations organisations,
      @Value("${alliance.support.break-glass:4h}") Duration breakGlassFor) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.users = users;
    this.organisations = organisations;
    this.breakGlassFor = breakGlassFor;
  }

  public Duration breakGlassLasts() {
    return breakGlassFor;
  }

  /** The standard grant of a member's whole team, reaching every label. */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID grantTeam(UUID personId, UUID memberId, String reason) {
    UUID id =
        jdbc.sql(
                "insert into support.access_grant (person_id, kind, member_id, labels, status, reason)"
                    + " values (:person, 'standard', :member, "
                    + ALL_LABELS
                    + ", 'active', :reason) returning id")
            .param("person", personId)
            .param("member", memberId)
            .param("reason", reason)
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.grant.standard", "access-grant", id)
            .concerning(personId)
            .withDetail("team of member " + memberId));
    return id;
  }

  /**
   * The grant an accepted referral gives the receiving member's team: specific (not standard, so it
   * does not make them the person's own team, who record consent and decide access), reaching only
   * the labels the referral shares, and like every other member's grant it counts only while the
   * person's consent covers that member. Audited in the caller's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID grantForReferral(
      UUID personId, UUID memberId, UUID decidedBy, Set<SensitivityLabel> labels, UUID referralId) {
    UUID id =
        jdbc.sql(
                """
                insert into support.access_grant
                  (person_id, kind, member_id, labels, status, reason, decided_by, decided_at)
                values (:person, 'specific', :member, cast(:labels as text[]), 'active', :reason,
                        :decider, now())
                returning id
                """)
            .param("person", personId)
            .param("member", memberId)
            .param("labels", SensitivityLabel.codes(labels))
            .param("reason", "Accepted referral " + referralId)
            .param("decider", decidedBy)
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.grant.referral", "access-grant", id)
            .concerning(personId)
            .withDetail("team of member " + memberId + " for referral " + referralId));
    return id;
  }

  /** Ends the grant a referral gave, when the referral is withdrawn. Audited by the caller's tx. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void endReferralGrant(UUID personId, UUID grantId, UUID endedBy, String reason) {
    int changed =
        jdbc.sql(
                """
                update support.access_grant set status = 'revoked',
                       ends_at = greatest(now(), starts_at + interval '1 millisecond'),
                       decision_note = :reason, decided_by = :by, decided_at = now()
                 where id = :id and person_id = :person and status = 'active'
                """)
            .param("reason", reason)
            .param("by", endedBy)
            .param("id", grantId)
            .param("person", personId)
            .update();
    if (changed > 0) {
      audit.record(
          AuditEntry.of("person.grant.revoked", "access-grant", grantId)
              .concerning(personId)
              .withReason(reason));
    }
  }

  /**
   * A practitioner at another member asks to see a record they know only may exist. The person's
   * team decides.
   */
  @Transactional
  public UUID request(Practitioner requester, UUID personId, String reason) {
    if (requester.kind() != Practitioner.Kind.CASE_WORKER
        || !exists(personId)
        || excluded(requester, personId)) {
      throw new NoSuchRecord();
    }
    int open =
        jdbc.sql(
                """
                select count(*) from support.access_grant
                 where person_id = :person and user_id = :user and kind = 'specific'
                   and status = 'requested'
                """)
            .param("person", personId)
            .param("user", requester.userId())
            .query(Integer.class)
            .single();
    if (open > 0) {
      throw new GrantProblem("You have already asked for access to this record");
    }
    UUID id =
        jdbc.sql(
                """
                insert into support.access_grant
                  (person_id, kind, member_id, user_id, status, reason, requested_by)
                values (:person, 'specific', :member, :user, 'requested', :reason, :user)
                on conflict (person_id, user_id) where kind = 'specific' and status = 'requested'
                do nothing
                returning id
                """)
            .param("person", personId)
            .param("member", requester.memberId())
            .param("user", requester.userId())
            .param("reason", reason)
            .query(UUID.class)
            .optional()
            .orElseThrow(
                () -> new GrantProblem("You have already asked for access to this record"));
    audit.record(
        AuditEntry.of("person.grant.requested", "access-grant", id)
            .concerning(personId)
            .withReason(reason));
    return id;
  }

  /**
   * The person's team approves or refuses a request. Approval needs the person's consent to cover
   * the requester's member: the team records consent first, so that a grant never outruns it.
   */
  @Transactional
  public void decide(
      Practitioner decider,
      UUID personId,
      UUID grantId,
      boolean approve,
      Set<SensitivityLabel> labels,
      Instant endsAt,
      String note) {
    RecordAccess team = access.open(decider, personId, "deciding a request for access");
    if (!team.team()) {
      throw new GrantProblem("Only the person's own team can decide requests for access");
    }
    AccessGrant grant = pending(personId, grantId);
    if (approve && !coveredByConsent(personId, grant.memberId())) {
      throw new GrantProblem(
          "Their consent to share does not cover "
              + grant.member()
              + ". Record their consent first, or refuse the request.");
    }
    if (approve && endsAt != null && !endsAt.isAfter(Instant.now())) {
      throw new GrantProblem("The end of access must be in the future");
    }
    int changed =
        jdbc.sql(
                """
                update support.access_grant
                   set status = :status, labels = cast(:labels as text[]), starts_at = now(),
                       ends_at = :ends, decided_by = :decider, decided_at = now(),
                       decision_note = :note
                 where id = :id and person_id = :person and status = 'requested'
                """)
            .param("status", approve ? "active" : "refused")
            .param("labels", SensitivityLabel.codes(labels))
            .param("ends", endsAt == null ? null : Timestamp.from(endsAt))
            .param("decider", decider.userId())
            .param("note", note)
            .param("id", grantId)
            .param("person", personId)
            .update();
    if (changed == 0) {
      throw new GrantProblem("Someone else has already decided this request");
    }
    audit.record(
        AuditEntry.of(
                approve ? "person.grant.approved" : "person.grant.refused", "access-grant", grantId)
            .concerning(personId)
            .withReason(note));
  }

  /**
   * Urgent access with a stated reason: in force at once, for a short time, reaching everything.
   * Shown to the person's trusted individual and team, and listed for the data-protection lead. An
   * exclusion still wins.
   */
  @Transactional
  public UUID breakGlass(Practitioner practitioner, UUID personId, String reason) {
    if (practitioner.kind() != Practitioner.Kind.CASE_WORKER || !exists(personId)) {
      throw new NoSuchRecord();
    }
    if (excluded(practitioner, personId)) {
      throw new NoSuchRecord();
    }
    UUID id =
        jdbc.sql(
                "insert into support.access_grant"
                    + " (person_id, kind, member_id, user_id, labels, status, reason, requested_by,"
                    + "  starts_at, ends_at)"
                    + " values (:person, 'break-glass', :member, :user, "
                    + ALL_LABELS
                    + ", 'active', :reason, :user, now(), now() + cast(:lasts as interval))"
                    + " returning id")
            .param("person", personId)
            .param("member", practitioner.memberId())
            .param("user", practitioner.userId())
            .param("reason", reason)
            .param("lasts", breakGlassFor.toSeconds() + " seconds")
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.break-glass", "access-grant", id)
            .concerning(personId)
            .withReason(reason));
    return id;
  }

  /**
   * The person refuses a member or a worker (or there is a conflict of interest): in force at once
   * and over every other grant, until the team ends it.
   */
  @Transactional
  public UUID exclude(
      Practitioner recorder, UUID personId, UUID memberId, UUID userId, String reason) {
    RecordAccess team = access.open(recorder, personId, "recording an exclusion");
    if (!team.team()) {
      throw new GrantProblem("Only the person's own team can record an exclusion");
    }
    if (userId != null && userId.equals(recorder.userId())
        || userId == null && recorder.memberId().equals(memberId)) {
      throw new GrantProblem(
          "You cannot exclude yourself or your own member here: ask a colleague or the data-protection lead");
    }
    UUID id =
        jdbc.sql(
                """
                insert into support.access_grant
                  (person_id, kind, member_id, user_id, status, reason, requested_by, decided_by, decided_at)
                values (:person, 'excluded', :member, :user, 'active', :reason, :recorder, :recorder, now())
                returning id
                """)
            .param("person", personId)
            .param("member", memberId)
            .param("user", userId)
            .param("reason", reason)
            .param("recorder", recorder.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.grant.excluded", "access-grant", id)
            .concerning(personId)
            .withReason(reason));
    return id;
  }

  /** Ends a grant early (an exclusion lifted, a specific grant no longer needed). */
  @Transactional
  public void revoke(Practitioner recorder, UUID personId, UUID grantId, String reason) {
    RecordAccess team = access.open(recorder, personId, "ending a grant");
    if (!team.team()) {
      throw new GrantProblem("Only the person's own team can end a grant");
    }
    if (grantId.equals(team.grantId())) {
      throw new GrantProblem("You cannot end the grant you are using");
    }
    int changed =
        jdbc.sql(
                """
                update support.access_grant set status = 'revoked', ends_at = greatest(now(), starts_at + interval '1 millisecond'),
                       decision_note = :reason, decided_by = :recorder, decided_at = now()
                 where id = :id and person_id = :person and status = 'active'
                """)
            .param("reason", reason)
            .param("recorder", recorder.userId())
            .param("id", grantId)
            .param("person", personId)
            .update();
    if (changed == 0) {
      throw new GrantProblem("That grant has already ended");
    }
    audit.record(
        AuditEntry.of("person.grant.revoked", "access-grant", grantId)
            .concerning(personId)
            .withReason(reason));
  }

  /** Every grant on the record, newest first, for the record's access page. */
  public List<AccessGrant> onRecord(RecordAccess access) {
    return jdbc.sql(
            """
            select g.*
              from support.access_grant g
             where g.person_id = :person
             order by g.requested_at desc, g.id
            """)
        .param("person", access.personId())
        .query(this::grant)
        .list();
  }

  /** Break-glass uses the data-protection lead has not yet reviewed, oldest first. */
  public List<UnreviewedBreakGlass> unreviewed(Practitioner lead) {
    if (lead.kind() != Practitioner.Kind.DATA_PROTECTION_LEAD) {
      throw new NoSuchRecord();
    }
    List<UnreviewedBreakGlass> list = new ArrayList<>();
    jdbc.sql(
            """
            select g.*, p.given_name, p.family_name
              from support.access_grant g join support.person p on p.id = g.person_id
             where g.kind = 'break-glass' and g.reviewed_at is null
             order by g.starts_at
             limit 500
            """)
        .query(
            (rs, n) ->
                new UnreviewedBreakGlass(
                    grant(rs, n),
                    rs.getObject("person_id", UUID.class),
                    rs.getString("given_name") + " " + rs.getString("family_name")))
        .list()
        .forEach(list::add);
    return list;
  }

  /** The data-protection lead's review of one break-glass use. */
  @Transactional
  public void review(Practitioner lead, UUID grantId, String note) {
    if (lead.kind() != Practitioner.Kind.DATA_PROTECTION_LEAD) {
      throw new NoSuchRecord();
    }
    UUID personId =
        jdbc.sql(
                """
                update support.access_grant
                   set reviewed_by = :lead, reviewed_at = now(), review_note = :note
                 where id = :id and kind = 'break-glass' and reviewed_at is null
                returning person_id
                """)
            .param("lead", lead.userId())
            .param("note", note)
            .param("id", grantId)
            .query(UUID.class)
            .optional()
            .orElseThrow(() -> new GrantProblem("That break-glass use has already been reviewed"));
    audit.record(
        AuditEntry.of("person.break-glass.reviewed", "access-grant", grantId)
            .concerning(personId)
            .withReason(note));
  }

  /** A break-glass use waiting for review, with the person's name for the lead to know them by. */
  public record UnreviewedBreakGlass(AccessGrant grant, UUID personId, String personName) {
    public String when() {
      return java.time.format.DateTimeFormatter.ofPattern(
              "d MMMM yyyy 'at' h:mma", java.util.Locale.UK)
          .withZone(PersonAccess.UK)
          .format(grant.startsAt());
    }
  }

  private AccessGrant pending(UUID personId, UUID grantId) {
    return jdbc.sql(
            "select g.* from support.access_grant g where g.id = :id and g.person_id = :person"
                + " and g.status = 'requested'")
        .param("id", grantId)
        .param("person", personId)
        .query(this::grant)
        .optional()
        .orElseThrow(() -> new GrantProblem("That request has already been decided"));
  }

  private boolean coveredByConsent(UUID personId, UUID memberId) {
    return jdbc.sql(
            """
            select coalesce((
              select c.state = 'given'
                     and (c.expires_on is null or c.expires_on >= current_date)
                     and (c.members is null or cardinality(c.members) = 0 or :member = any(c.members))
                from support.consent c
               where c.person_id = :person
               order by c.recorded_at desc, c.id
               limit 1), false)
            """)
        .param("person", personId)
        .param("member", memberId)
        .query(Boolean.class)
        .single();
  }

  /** Whether the person has excluded this worker or their member (on either half of a merge). */
  public boolean excluded(Practitioner practitioner, UUID personId) {
    return jdbc.sql(
            """
            select exists (
              select 1 from support.access_grant
               where kind = 'excluded' and status = 'active'
                 and person_id in (
                       select cast(:person as uuid)
                       union all select id from support.person where merged_into = :person
                       union all select merged_into from support.person where id = :person)
                 and starts_at <= now() and (ends_at is null or ends_at > now())
                 and (user_id = :user or (user_id is null and member_id = :member)))
            """)
        .param("person", personId)
        .param("user", practitioner.userId())
        .param("member", practitioner.memberId())
        .query(Boolean.class)
        .single();
  }

  private boolean exists(UUID personId) {
    return jdbc.sql(
            "select exists (select 1 from support.person where id = :id and merged_into is null)")
        .param("id", personId)
        .query(Boolean.class)
        .single();
  }

  private AccessGrant grant(ResultSet rs, int n) throws SQLException {
    UUID member = rs.getObject("member_id", UUID.class);
    UUID user = rs.getObject("user_id", UUID.class);
    return new AccessGrant(
        rs.getObject("id", UUID.class),
        GrantKind.fromCode(rs.getString("kind")).orElseThrow(),
        GrantStatus.fromCode(rs.getString("status")).orElseThrow(),
        member,
        member == null ? null : organisations.name(member).orElse("a former member"),
        user,
        userName(user),
        new ArrayList<>(PersonAccess.labelSet(rs.getArray("labels"))),
        rs.getTimestamp("starts_at").toInstant(),
        instant(rs.getTimestamp("ends_at")),
        rs.getString("reason"),
        userName(rs.getObject("requested_by", UUID.class)),
        userName(rs.getObject("decided_by", UUID.class)),
        rs.getString("decision_note"),
        userName(rs.getObject("reviewed_by", UUID.class)),
        instant(rs.getTimestamp("reviewed_at")),
        rs.getString("review_note"));
  }

  private String userName(UUID id) {
    return id == null ? null : users.displayName(id).orElse("a former user");
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
