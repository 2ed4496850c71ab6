package org.alliance.support.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.access.AccessRule.ActiveGrant;
import org.alliance.support.access.AccessRule.Decision;
import org.alliance.support.access.AccessRule.Facts;
import org.alliance.support.access.AccessRule.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to people's records. Every route that shows anything of a person asks here first;
 * the answer is either a {@link RecordAccess} (and an audit entry for the read, in the caller's
 * transaction) or an exception the pages turn into "not found" or "a record may exist".
 */
@Component
public class PersonAccess {

  /** Consent is given and expires on UK calendar days. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;
  private final AuditLog audit;

  PersonAccess(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Opens a record to read or change it; audits the read with the grant it was opened under. */
  @Transactional(propagation = Propagation.MANDATORY)
  public RecordAccess open(Practitioner viewer, UUID personId, String purpose) {
    Decision decision = decide(viewer, personId);
    switch (decision.visibility()) {
      case HIDDEN -> throw new NoSuchRecord();
      case MAY_EXIST -> throw new RecordMayExist(personId);
      case OPEN -> {}
    }
    RecordAccess access = toAccess(viewer, personId, decision);
    audit.record(readEntry("person.read", access, purpose));
    return access;
  }

  /**
   * What a list (search results, a caseload, likely matches) may show of each person: an open
   * record, or only that a record may exist. Hidden people are left out. Each shown is audited.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<UUID, Optional<RecordAccess>> glimpse(
      Practitioner viewer, List<UUID> personIds, String purpose) {
    return glimpse(viewer, personIds, purpose, true);
  }

  /**
   * Like {@link #glimpse}, but only the records the viewer may open: for a caseload, where someone
   * they can no longer open (consent withdrawn, an exclusion) is simply no longer theirs to list.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<UUID, RecordAccess> openable(
      Practitioner viewer, List<UUID> personIds, String purpose) {
    Map<UUID, RecordAccess> open = new LinkedHashMap<>();
    glimpse(viewer, personIds, purpose, false)
        .forEach((id, access) -> access.ifPresent(a -> open.put(id, a)));
    return open;
  }

  private Map<UUID, Optional<RecordAccess>> glimpse(
      Practitioner viewer, List<UUID> personIds, String purpose, boolean mayExist) {
    Map<UUID, Optional<RecordAccess>> shown = new LinkedHashMap<>();
    for (UUID id : personIds) {
      Decision decision = decide(viewer, id);
      if (decision.visibility() == Visibility.OPEN) {
        RecordAccess access = toAccess(viewer, id, decision);
        audit.record(readEntry("person.listed", access, purpose));
        shown.put(id, Optional.of(access));
      } else if (mayExist && decision.visibility() == Visibility.MAY_EXIST) {
        audit.record(
            AuditEntry.of("person.may-exist-shown", "person", id)
                .concerning(id)
                .withDetail(purpose));
        shown.put(id, Optional.empty());
      }
    }
    return shown;
  }

  /**
   * Opens a record for the data-protection lead's oversight: who the person is, who may see them
   * and who has looked. Never case content; audited like any read.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public RecordAccess oversee(Practitioner viewer, UUID personId, String purpose) {
    if (viewer.kind() != Practitioner.Kind.DATA_PROTECTION_LEAD || !exists(personId)) {
      throw new NoSuchRecord();
    }
    RecordAccess access =
        new RecordAccess(
            personId,
            viewer,
            RecordAccess.Level.OVERSIGHT,
            null,
            null,
            EnumSet.noneOf(SensitivityLabel.class));
    audit.record(
        AuditEntry.of("person.oversight-read", "person", personId)
            .concerning(personId)
            .withDetail(purpose));
    return access;
  }

  /**
   * Opens the whole record for a subject-access copy made by the data-protection lead, every part
   * and label included; audited as {@code person.subject-access-export}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public RecordAccess subjectAccess(Practitioner lead, UUID personId, String form) {
    if (lead.kind() != Practitioner.Kind.DATA_PROTECTION_LEAD || !exists(personId)) {
      throw new NoSuchRecord();
    }
    audit.record(subjectAccessEntry(personId, form));
    return subjectAccessCopy(personId, lead);
  }

  /**
   * Opens the whole record for a subject-access copy made by the operator's {@code export-person}
   * command (no one is signed in: audited as the system, naming the operating-system user).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public RecordAccess subjectAccessByOperator(UUID personId, String operator, String form) {
    if (!exists(personId)) {
      throw new NoSuchRecord();
    }
    audit.recordSystem(
        subjectAccessEntry(personId, form + "; by the export-person command, run by " + operator));
    Practitioner system =
        new Practitioner(
            null, operator, operator, null, null, Practitioner.Kind.DATA_PROTECTION_LEAD);
    return subjectAccessCopy(personId, system);
  }

  /**
   * Opens the whole record for the person's own subject-access copy ("A copy of everything" in "My
   * plan"): the person themself only, never a proxy (a 404, as for any record they may not know
   * of); audited as {@code person.subject-access-copy}, by the person. The reader leaves out what a
   * practitioner withheld from them ({@link Withholding}).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public RecordAccess ownCopy(OwnView view, String form) {
    if (!view.self()) {
      throw new NoSuchRecord();
    }
    audit.record(
        AuditEntry.of("person.subject-access-copy", "person", view.personId())
            .concerning(view.personId())
            .withDetail(form));
    Practitioner person =
        new Practitioner(view.userId(), null, null, null, null, Practitioner.Kind.NONE);
    return subjectAccessCopy(view.personId(), person);
  }

  private static AuditEntry subjectAccessEntry(UUID personId, String form) {
    return AuditEntry.of("person.subject-access-export", "person", personId)
        .concerning(personId)
        .withDetail(form);
  }

  private static RecordAccess subjectAccessCopy(UUID personId, Practitioner by) {
    return new RecordAccess(
        personId,
        by,
        RecordAccess.Level.SUBJECT_ACCESS,
        null,
        null,
        EnumSet.allOf(SensitivityLabel.class));
  }

  /**
   * Opens a member's national return (NDTMS) for its data lead: the return's items for the people
   * the member treats, never a record's other content. Only a data lead, only for their own member.
   * Audited once for the return, naming the member, the month and why, since the people in it are
   * those the member's own episodes name (and the same query gives them again).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ReturnAccess nationalReturn(Practitioner viewer, String month, String purpose) {
    if (viewer.kind() != Practitioner.Kind.DATA_LEAD || viewer.memberId() == null) {
      throw new NoSuchRecord();
    }
    audit.record(
        AuditEntry.of("ndtms.return-read", "member", viewer.memberId())
            .withDetail(purpose + "; month " + month));
    return new ReturnAccess(viewer.memberId(), viewer.username());
  }

  /**
   * The same for the operator's {@code export-ndtms} command: no one is signed in, so it is audited
   * as the system, naming the operating-system user.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ReturnAccess nationalReturnByOperator(
      UUID memberId, String month, String operator, String purpose) {
    audit.recordSystem(
        AuditEntry.of("ndtms.return-read", "member", memberId)
            .withDetail(
                purpose
                    + "; month "
                    + month
                    + "; by the export-ndtms command, run by "
                    + operator));
    return new ReturnAccess(memberId, operator);
  }

  /** Whether the viewer could open the record now, without reading or auditing anything. */
  public boolean mayOpen(Practitioner viewer, UUID personId) {
    return decide(viewer, personId).visibility() == Visibility.OPEN;
  }

  private boolean exists(UUID personId) {
    return jdbc.sql("select exists (select 1 from support.person where id = :id)")
        .param("id", personId)
        .query(Boolean.class)
        .single();
  }

  private AuditEntry readEntry(String action, RecordAccess access, String purpose) {
    AuditEntry entry =
        AuditEntry.of(action, "person", access.personId())
            .concerning(access.personId())
            .withDetail(
                purpose + "; under " + access.basis().code() + " grant " + access.grantId());
    if (access.basis() != GrantKind.STANDARD) {
      entry = entry.withReason(grantReason(access));
    }
    return entry;
  }

  /** Why a read outside standard access was allowed: the reason given for the grant it used. */
  private String grantReason(RecordAccess access) {
    String given =
        jdbc.sql("select reason from support.access_grant where id = :id")
            .param("id", access.grantId())
            .query(String.class)
            .optional()
            .orElse(null);
    return access.basis().label() + (given == null ? "" : ": " + given);
  }

  private RecordAccess toAccess(Practitioner viewer, UUID personId, Decision decision) {
    return new RecordAccess(
        personId,
        viewer,
        RecordAccess.Level.CASE_RECORD,
        decision.basis(),
        decision.grantId(),
        decision.labels());
  }

  private Decision decide(Practitioner viewer, UUID personId) {
    if (viewer.kind() != Practitioner.Kind.CASE_WORKER) {
      return Decision.HIDDEN;
    }
    Optional<Facts> facts = facts(viewer, personId);
    return facts.map(f -> AccessRule.decide(viewer, f, LocalDate.now(UK))).orElse(Decision.HIDDEN);
  }

  /**
   * The grants naming the viewer or their member. Across a merge, an exclusion on either half
   * counts on both: the record it was merged into and the records merged into this one. Other
   * grants stay with their own half, so a merge never widens who may open what.
   */
  private Optional<Facts> facts(Practitioner viewer, UUID personId) {
    Optional<Row> row =
        jdbc.sql(
                """
                select p.registered_by_member, c.id as consent_id, c.state, c.members, c.parts,
                       c.given_on, c.expires_on, c.recorded_at
                  from support.person p
                  left join lateral (
                        select id, state, members, parts, given_on, expires_on, recorded_at
                          from support.consent c
                         where c.person_id = p.id
                         order by c.recorded_at desc, c.id
                         limit 1) c on true
                 where p.id = :id
                """)
            .param("id", personId)
            .query(PersonAccess::row)
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    List<ActiveGrant> grants =
        jdbc.sql(
                """
                select id, kind, member_id, user_id, labels
                  from support.access_grant
                 where status = 'active'
                   and starts_at <= now() and (ends_at is null or ends_at > now())
                   and (user_id = :user or (user_id is null and member_id = :member))
                   -- The record and its merge relations as one array, so the person index serves
                   -- it; an OR with a sub-select here read every active grant of the member.
                   and person_id = any(array(
                         select cast(:person as uuid)
                         union all
                         select id from support.person where merged_into = :person
                         union all
                         select merged_into from support.person
                          where id = :person and merged_into is not null))
                   and (person_id = :person or kind = 'excluded')
                """)
            .param("person", personId)
            .param("user", viewer.userId())
            .param("member", viewer.memberId())
            .query(
                (rs, n) ->
                    new ActiveGrant(
                        rs.getObject("id", UUID.class),
                        GrantKind.fromCode(rs.getString("kind")).orElseThrow(),
                        rs.getObject("member_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        labelSet(rs.getArray("labels"))))
            .list();
    return Optional.of(new Facts(row.get().registeringMember(), row.get().consent(), grants));
  }

  private record Row(UUID registeringMember, Consent consent) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    UUID member = rs.getObject("registered_by_member", UUID.class);
    UUID consentId = rs.getObject("consent_id", UUID.class);
    if (consentId == null) {
      return new Row(member, null);
    }
    Consent consent =
        new Consent(
            consentId,
            ConsentState.fromCode(rs.getString("state")).orElseThrow(),
            uuids(rs.getArray("members")),
            new ArrayList<>(labelSet(rs.getArray("parts"))),
            rs.getObject("given_on", LocalDate.class),
            rs.getObject("expires_on", LocalDate.class),
            null,
            null,
            rs.getTimestamp("recorded_at").toInstant(),
            null);
    return new Row(member, consent);
  }

  static List<UUID> uuids(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.asList((UUID[]) array.getArray());
  }

  static java.util.Set<SensitivityLabel> labelSet(Array array) throws SQLException {
    if (array == null) {
      return EnumSet.noneOf(SensitivityLabel.class);
    }
    List<SensitivityLabel> labels = SensitivityLabel.fromCodes((String[]) array.getArray());
    return labels.isEmpty() ? EnumSet.noneOf(SensitivityLabel.class) : EnumSet.copyOf(labels);
  }
}
