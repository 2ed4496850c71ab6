package org.alliance.support.referral;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.DirectoryService;
import org.alliance.directory.ServiceLookup;
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
import org.alliance.support.access.SensitivityLabel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals and signposting: to a directory service (by its id; its current details come from the
 * directory each time) or to another member. Sending needs the record open and the person's
 * consent, or an override with a reason; the receiving member's practitioners see only what the
 * referral lets them (name, date of birth, the note) until they accept it. Every read and change is
 * audited in its own transaction.
 */
@Component
public class Referrals {

  /** The referral as the sender or anyone who may open the record sees it, or the receiver. */
  public record ReferralPage(
      Referral referral,
      String personName,
      LocalDate dateOfBirth,
      boolean recordOpen,
      List<ReferralAction> actions) {}

  /** A referral waiting at the viewer's member, with only what the referral lets them see. */
  public record Incoming(Referral referral, String personName, LocalDate dateOfBirth) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final AccessGrants grants;
  private final Consents consents;
  private final ServiceLookup directory;
  private final Organisations organisations;
  private final UserAccounts users;

  Referrals(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      AccessGrants grants,
      Consents consents,
      ServiceLookup directory,
      Organisations organisations,
      UserAccounts users) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.grants = grants;
    this.consents = consents;
    this.directory = directory;
    this.organisations = organisations;
    this.users = users;
  }

  /** The person a referral is being written for, as the sender's open record shows them. */
  public record Sender(UUID personId, String personName, Set<SensitivityLabel> labels) {}

  /** Opens the record to write a referral from it (audited as a read). */
  @Transactional
  public Sender sender(Practitioner viewer, UUID personId, String purpose) {
    RecordAccess opened = access.open(viewer, personId, purpose);
    String name =
        jdbc.sql("select given_name || ' ' || family_name from support.person where id = :id")
            .param("id", personId)
            .query(String.class)
            .single();
    return new Sender(personId, name, opened.labels());
  }

  /** Members of the alliance a referral may go to: every member but the sender's own. */
  public List<Organisation> otherMembers(Practitioner viewer) {
    return organisations.all().stream()
        .filter(o -> o.relationship() == Relationship.MEMBER)
        .filter(o -> !o.id().equals(viewer.memberId()))
        .toList();
  }

  /** Every referral of the record just opened, newest first. */
  public List<Referral> onRecord(RecordAccess opened) {
    return jdbc.sql(SELECT + " where r.person_id = :person order by r.sent_at desc, r.id")
        .param("person", opened.personId())
        .query(this::referral)
        .list();
  }

  /**
   * Sends a referral. Member referrals need the person's current consent to cover the member (or an
   * override with a reason); the labels shared must be ones the sender can see and, on consent,
   * ones the person agreed to share.
   */
  @Transactional
  public UUID send(Practitioner sender, UUID personId, NewReferral referral) {
    RecordAccess opened = access.open(sender, personId, "sending a referral");
    if (merged(personId)) {
      throw new ReferralProblem(
          "This record has been merged into another: send the referral from that record");
    }
    String target;
    if (referral.serviceId() != null) {
      DirectoryService service =
          directory.service(referral.serviceId()).orElseThrow(NoSuchRecord::new);
      if (!service.active()) {
        throw new ReferralProblem(service.name() + " is no longer taking referrals");
      }
      target = service.name();
    } else {
      Organisation member =
          otherMembers(sender).stream()
              .filter(o -> o.id().equals(referral.memberId()))
              .findFirst()
              .orElseThrow(NoSuchRecord::new);
      target = member.name();
      if (memberExcluded(personId, member.id())) {
        throw new ReferralProblem(
            "The person has asked that " + target + " does not see their record");
      }
    }
    if (!opened.labels().containsAll(referral.labels())) {
      throw new ReferralProblem("You can share only the sensitive parts you can see yourself");
    }
    if (!referral.override() && referral.memberId() != null) {
      List<Consent> history = consents.history(opened);
      Consent current = history.isEmpty() ? null : history.get(0);
      LocalDate today = LocalDate.now(PersonAccess.UK);
      if (current == null || !current.covers(referral.memberId(), today)) {
        throw new ReferralProblem(
            "Their consent to share does not cover "
                + target
                + ". Record their consent first, or give a reason to refer without it.");
      }
      if (!current.parts().containsAll(referral.labels())) {
        throw new ReferralProblem(
            "They have not agreed to share every sensitive part you chose with other members");
      }
    }
    if (waiting(personId, referral)) {
      throw waitingProblem(target);
    }
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into support.referral
                    (person_id, from_member, sent_by, to_service_id, to_member, basis,
                     override_reason, shared_labels, note, found_by, updated_by)
                  values (:person, :from, :by, :service, :member, :basis, :overrideReason,
                          cast(:labels as text[]), :note, :foundBy, :by)
                  returning id
                  """)
              .param("person", personId)
              .param("from", sender.memberId())
              .param("by", sender.userId())
              .param("service", referral.serviceId())
              .param("member", referral.memberId())
              .param("basis", referral.override() ? "override" : "consent")
              .param("overrideReason", referral.override() ? referral.overrideReason() : null)
              .param("labels", SensitivityLabel.codes(referral.labels()))
              .param("note", referral.note())
              .param("foundBy", referral.foundBy())
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException raced) {
      throw waitingProblem(target);
    }
    event(id, ReferralStatus.SENT, sender, null);
    AuditEntry entry =
        AuditEntry.of("referral.sent", "referral", id)
            .concerning(personId)
            .withDetail(
                "to "
                    + (referral.serviceId() != null
                        ? "directory service " + referral.serviceId()
                        : "member " + referral.memberId())
                    + "; sharing "
                    + String.join(",", SensitivityLabel.codes(referral.labels())));
    if (referral.override()) {
      entry = entry.withReason("Referred without consent: " + referral.overrideReason());
    }
    audit.record(entry);
    return id;
  }

  /**
   * One referral, for someone who may open the record (all of it) or a practitioner at the member
   * it was sent to (only what the referral lets them see). Anyone else: not found. Audited.
   */
  @Transactional
  public ReferralPage read(Practitioner viewer, UUID personId, UUID referralId) {
    Referral referral = find(personId, referralId).orElse(null);
    boolean receiver = receives(viewer, personId, referral);
    if (!receiver || access.mayOpen(viewer, personId)) {
      access.open(viewer, personId, "referral " + referralId);
      if (referral == null) {
        throw new NoSuchRecord();
      }
      return page(viewer, referral, true);
    }
    audit.record(
        AuditEntry.of("referral.read-by-receiver", "referral", referralId)
            .concerning(personId)
            .withDetail("name, date of birth and the referral's note"));
    return page(viewer, referral, false);
  }

  /**
   * Moves a referral on. {@code version} is the one the page showed: if the referral has changed
   * since, nothing happens and the user is told. Accepting a member referral gives that member's
   * team a specific grant of the shared labels; withdrawing ends it.
   */
  @Transactional
  public ReferralStatus change(
      Practitioner viewer,
      UUID personId,
      UUID referralId,
      ReferralAction action,
      int version,
      String reason) {
    Referral referral = find(personId, referralId).orElse(null);
    boolean receiver = receives(viewer, personId, referral);
    boolean recordOpen = access.mayOpen(viewer, personId);
    if (!receiver && !recordOpen) {
      access.open(viewer, personId, "changing referral " + referralId); // says why it refuses
      throw new NoSuchRecord();
    }
    if (recordOpen) {
      access.open(viewer, personId, "changing referral " + referralId);
    }
    if (referral == null) {
      throw new NoSuchRecord();
    }
    if (!actions(viewer, referral, recordOpen).contains(action)) {
      if (referral.version() != version || !action.allowedFrom(referral.status())) {
        throw stale(referral);
      }
      throw new ReferralProblem("You cannot " + action.code() + " this referral");
    }
    if (action == ReferralAction.DECLINE && (reason == null || reason.isBlank())) {
      throw new ReferralProblem("Say why the referral is declined");
    }
    int changed =
        jdbc.sql(
                """
                update support.referral
                   set status = :to, version = version + 1, updated_at = now(), updated_by = :by,
                       decline_reason = case when :to = 'declined' then :reason else decline_reason end
                 where id = :id and person_id = :person and version = :version and status = :from
                """)
            .param("to", action.to().code())
            .param("by", viewer.userId())
            .param("reason", reason)
            .param("id", referralId)
            .param("person", personId)
            .param("version", version)
            .param("from", referral.status().code())
            .update();
    if (changed == 0) {
      throw stale(find(personId, referralId).orElse(referral));
    }
    if (action == ReferralAction.ACCEPT && referral.toMember() != null) {
      UUID grant =
          grants.grantForReferral(
              personId,
              referral.toMember(),
              viewer.userId(),
              Set.copyOf(referral.sharedLabels()),
              referralId);
      jdbc.sql("update support.referral set grant_id = :grant where id = :id")
          .param("grant", grant)
          .param("id", referralId)
          .update();
    }
    // The access an accepted referral gave lasts while the referral is under way: withdrawn or
    // completed, it ends (the receiving member keeps seeing the record only through an episode of
    // its own, or the person's team's decision).
    if (action == ReferralAction.WITHDRAW || action == ReferralAction.COMPLETE) {
      UUID grant =
          jdbc.sql("select grant_id from support.referral where id = :id")
              .param("id", referralId)
              .query((rs, n) -> rs.getObject("grant_id", UUID.class))
              .optional()
              .orElse(null);
      if (grant != null) {
        grants.endReferralGrant(
            personId, grant, viewer.userId(), "Referral " + referralId + " " + action.to().code());
      }
    }
    event(referralId, action.to(), viewer, reason);
    AuditEntry entry =
        AuditEntry.of("referral." + action.to().code(), "referral", referralId)
            .concerning(personId);
    audit.record(reason == null ? entry : entry.withReason(reason));
    return action.to();
  }

  /** Referrals to the viewer's member still under way, for its practitioners to answer. */
  @Transactional
  public List<Incoming> toMyMember(Practitioner viewer) {
    if (viewer.kind() != Practitioner.Kind.CASE_WORKER) {
      return List.of();
    }
    List<Incoming> incoming = new ArrayList<>();
    jdbc.sql(
            SELECT_WITH_PERSON
                + """
                 where r.to_member = :member and r.status in ('sent', 'accepted', 'started')
                 order by r.sent_at, r.id
                 limit 200
                """)
        .param("member", viewer.memberId())
        .query((rs, n) -> new Incoming(referral(rs, n), name(rs), dob(rs)))
        .list()
        .forEach(
            in -> {
              if (!grants.excluded(viewer, in.referral().personId())) {
                audit.record(
                    AuditEntry.of("referral.listed", "referral", in.referral().id())
                        .concerning(in.referral().personId())
                        .withDetail("referrals to my member"));
                incoming.add(in);
              }
            });
    return incoming;
  }

  /** What this viewer may do with the referral now. */
  List<ReferralAction> actions(Practitioner viewer, Referral referral, boolean recordOpen) {
    boolean sender = recordOpen && viewer.memberId().equals(referral.fromMember());
    boolean receiver = referral.toMember() != null && viewer.memberId().equals(referral.toMember());
    List<ReferralAction> allowed = new ArrayList<>();
    for (ReferralAction action : ReferralAction.values()) {
      if (!action.allowedFrom(referral.status())) {
        continue;
      }
      boolean mine = action.senders() ? sender : referral.toService() ? sender : receiver;
      if (mine) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  private ReferralPage page(Practitioner viewer, Referral referral, boolean recordOpen) {
    Optional<String[]> who =
        jdbc.sql("select given_name, family_name, date_of_birth from support.person where id = :id")
            .param("id", referral.personId())
            .query(
                (rs, n) ->
                    new String[] {
                      rs.getString("given_name") + " " + rs.getString("family_name"),
                      rs.getString("date_of_birth")
                    })
            .optional();
    String[] person = who.orElseThrow(NoSuchRecord::new);
    return new ReferralPage(
        referral,
        person[0],
        person[1] == null ? null : LocalDate.parse(person[1]),
        recordOpen,
        actions(viewer, referral, recordOpen));
  }

  private boolean receives(Practitioner viewer, UUID personId, Referral referral) {
    return referral != null
        && viewer.kind() == Practitioner.Kind.CASE_WORKER
        && referral.toMember() != null
        && referral.toMember().equals(viewer.memberId())
        && !grants.excluded(viewer, personId);
  }

  private static ReferralProblem stale(Referral now) {
    return new ReferralProblem(
        "This referral changed since you opened it: it is now "
            + now.status().label().toLowerCase(java.util.Locale.UK)
            + ". Check it and try again.");
  }

  private static ReferralProblem waitingProblem(String target) {
    return new ReferralProblem(
        "There is already a referral to "
            + target
            + " waiting for an answer. Withdraw it, or wait for the answer, before sending another.");
  }

  private boolean waiting(UUID personId, NewReferral referral) {
    return jdbc.sql(
            """
            select exists (select 1 from support.referral
             where person_id = :person and status in ('sent', 'accepted')
               and coalesce(to_service_id, cast(to_member as text)) = :target)
            """)
        .param("person", personId)
        .param(
            "target",
            referral.serviceId() != null ? referral.serviceId() : referral.memberId().toString())
        .query(Boolean.class)
        .single();
  }

  private boolean merged(UUID personId) {
    return jdbc.sql("select merged_into is not null from support.person where id = :id")
        .param("id", personId)
        .query(Boolean.class)
        .single();
  }

  private boolean memberExcluded(UUID personId, UUID memberId) {
    return jdbc.sql(
            """
            select exists (select 1 from support.access_grant
             where kind = 'excluded' and status = 'active' and user_id is null
               and member_id = :member
               and starts_at <= now() and (ends_at is null or ends_at > now())
               and person_id in (
                     select cast(:person as uuid)
                     union all select id from support.person where merged_into = :person
                     union all select merged_into from support.person where id = :person))
            """)
        .param("person", personId)
        .param("member", memberId)
        .query(Boolean.class)
        .single();
  }

  private void event(UUID referralId, ReferralStatus status, Practitioner by, String note) {
    jdbc.sql(
            """
            insert into support.referral_event (referral_id, status, by_user, by_member, note)
            values (:referral, :status, :by, :member, :note)
            """)
        .param("referral", referralId)
        .param("status", status.code())
        .param("by", by.userId())
        .param("member", by.memberId())
        .param("note", note)
        .update();
  }

  private Optional<Referral> find(UUID personId, UUID referralId) {
    return jdbc.sql(SELECT + " where r.id = :id and r.person_id = :person")
        .param("id", referralId)
        .param("person", personId)
        .query(this::referral)
        .optional();
  }

  private static final String SELECT = "select r.* from support.referral r";
  private static final String SELECT_WITH_PERSON =
      "select r.*, p.given_name, p.family_name, p.date_of_birth"
          + " from support.referral r join support.person p on p.id = r.person_id";

  private static String name(ResultSet rs) throws SQLException {
    return rs.getString("given_name") + " " + rs.getString("family_name");
  }

  private static LocalDate dob(ResultSet rs) throws SQLException {
    return rs.getObject("date_of_birth", LocalDate.class);
  }

  private Referral referral(ResultSet rs, int n) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    String serviceId = rs.getString("to_service_id");
    UUID toMember = rs.getObject("to_member", UUID.class);
    UUID fromMember = rs.getObject("from_member", UUID.class);
    return new Referral(
        id,
        rs.getObject("person_id", UUID.class),
        fromMember,
        memberName(fromMember),
        userName(rs.getObject("sent_by", UUID.class)),
        rs.getTimestamp("sent_at").toInstant(),
        serviceId,
        serviceId == null ? null : directory.service(serviceId).orElse(null),
        toMember,
        toMember == null ? null : memberName(toMember),
        ReferralStatus.fromCode(rs.getString("status")).orElseThrow(),
        "override".equals(rs.getString("basis")),
        rs.getString("override_reason"),
        labels(rs.getArray("shared_labels")),
        rs.getString("note"),
        rs.getString("decline_reason"),
        rs.getString("found_by"),
        rs.getInt("version"),
        events(id));
  }

  private List<Referral.Event> events(UUID referralId) {
    return jdbc.sql("select * from support.referral_event where referral_id = :id order by at, id")
        .param("id", referralId)
        .query(
            (rs, n) ->
                new Referral.Event(
                    ReferralStatus.fromCode(rs.getString("status")).orElseThrow(),
                    userName(rs.getObject("by_user", UUID.class)),
                    memberName(rs.getObject("by_member", UUID.class)),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("note")))
        .list();
  }

  private static List<SensitivityLabel> labels(Array array) throws SQLException {
    return array == null ? List.of() : SensitivityLabel.fromCodes((String[]) array.getArray());
  }

  private String memberName(UUID id) {
    return organisations.name(id).orElse("a former member");
  }

  private String userName(UUID id) {
    return id == null ? null : users.displayName(id).orElse("a former user");
  }
}
