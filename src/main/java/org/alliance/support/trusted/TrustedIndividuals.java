package org.alliance.support.trusted;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.Consent;
import org.alliance.support.access.Consents;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.People;
import org.alliance.support.person.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trusted individual: a practitioner at any member, chosen by the person and recorded by their
 * team. From the choice they hold a standard grant of their own (so they can open the record and
 * accept), under the same consent rule as any member; their member accepts the lead. A change ends
 * the row and the grant and keeps both as history.
 */
@Component
public class TrustedIndividuals {

  private static final String ALL_LABELS =
      "array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health']";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final Consents consents;
  private final UserAccounts users;
  private final Organisations organisations;

  TrustedIndividuals(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      People people,
      Consents consents,
      UserAccounts users,
      Organisations organisations) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.consents = consents;
    this.users = users;
    this.organisations = organisations;
  }

  @Transactional
  TrustedPage page(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "trusted individual page");
    return new TrustedPage(opened, people.find(opened), history(opened));
  }

  /** Every trusted individual the person has had, the current one first. */
  public List<TrustedIndividual> history(RecordAccess opened) {
    return jdbc.sql(
            """
            select * from support.trusted_individual where person_id = :person
             order by ended_at desc nulls first, chosen_at desc, id
            """)
        .param("person", opened.personId())
        .query(this::row)
        .list();
  }

  public Optional<TrustedIndividual> current(RecordAccess opened) {
    return history(opened).stream().filter(TrustedIndividual::current).findFirst();
  }

  @Transactional
  void choose(Practitioner viewer, UUID personId, String username) {
    RecordAccess opened = access.open(viewer, personId, "choosing a trusted individual");
    if (!opened.team()) {
      throw new TrustedProblem("Only the person's own team can record who they choose");
    }
    UserAccount chosen =
        (username.length() > 64 ? Optional.<UserAccount>empty() : users.findByUsername(username))
            .filter(UserAccount::enabled)
            .filter(u -> u.roles().contains(Role.PRACTITIONER))
            .orElseThrow(() -> new TrustedProblem("There is no practitioner with that user name"));
    Person person = people.find(opened);
    if (!chosen.organisationId().equals(person.registeredByMember())
        && !consentCovers(opened, chosen.organisationId())) {
      throw new TrustedProblem(
          "Their consent to share does not cover "
              + chosen.organisationName()
              + ". Record their consent first, so that "
              + chosen.displayName()
              + " can see their record.");
    }
    // Two choices at once would both end the same lead and both insert a new one; the person's row
    // lock makes the second wait and then see the first's choice.
    jdbc.sql("select id from support.person where id = :id for update")
        .param("id", personId)
        .query(UUID.class)
        .single();
    Optional<TrustedIndividual> now = current(opened);
    if (now.isPresent() && now.get().userId().equals(chosen.id())) {
      throw new TrustedProblem(chosen.displayName() + " is already their trusted individual");
    }
    now.ifPresent(previous -> end(viewer, personId, previous));
    UUID id =
        jdbc.sql(
                """
                insert into support.trusted_individual (person_id, user_id, member_id, recorded_by)
                values (:person, :user, :member, :by) returning id
                """)
            .param("person", personId)
            .param("user", chosen.id())
            .param("member", chosen.organisationId())
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.trusted-individual.chosen", "trusted-individual", id)
            .concerning(personId)
            .withDetail("user " + chosen.id()));
    UUID grant =
        jdbc.sql(
                "insert into support.access_grant (person_id, kind, member_id, user_id, labels,"
                    + " status, reason, requested_by, decided_by, decided_at) values (:person,"
                    + " 'standard', :member, :user, "
                    + ALL_LABELS
                    + ", 'active', 'Trusted individual', :by, :by, now()) returning id")
            .param("person", personId)
            .param("member", chosen.organisationId())
            .param("user", chosen.id())
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.grant.standard", "access-grant", grant)
            .concerning(personId)
            .withDetail("trusted individual " + chosen.id()));
  }

  @Transactional
  void accept(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "accepting the trusted individual's lead");
    TrustedIndividual now =
        current(opened)
            .filter(TrustedIndividual::waiting)
            .orElseThrow(() -> new TrustedProblem("There is no lead waiting to be accepted"));
    if (!now.memberId().equals(viewer.memberId())) {
      throw new TrustedProblem("Only someone at " + now.member() + " can accept the lead");
    }
    int changed =
        jdbc.sql(
                """
                update support.trusted_individual set accepted_at = now(), accepted_by = :by
                 where id = :id and accepted_at is null and ended_at is null
                """)
            .param("by", viewer.userId())
            .param("id", now.id())
            .update();
    if (changed == 0) {
      throw new TrustedProblem("This changed since you opened it: the lead is already accepted");
    }
    audit.record(
        AuditEntry.of("person.trusted-individual.accepted", "trusted-individual", now.id())
            .concerning(personId));
  }

  private void end(Practitioner viewer, UUID personId, TrustedIndividual previous) {
    jdbc.sql("update support.trusted_individual set ended_at = now() where id = :id")
        .param("id", previous.id())
        .update();
    audit.record(
        AuditEntry.of("person.trusted-individual.ended", "trusted-individual", previous.id())
            .concerning(personId));
    List<UUID> ended =
        jdbc.sql(
                """
                update support.access_grant
                   set status = 'revoked', ends_at = greatest(now(), starts_at + interval '1 millisecond'),
                       decision_note = 'No longer their trusted individual', decided_by = :by,
                       decided_at = now()
                 where person_id = :person and kind = 'standard' and user_id = :user
                   and status = 'active'
                returning id
                """)
            .param("by", viewer.userId())
            .param("person", personId)
            .param("user", previous.userId())
            .query(UUID.class)
            .list();
    for (UUID grant : ended) {
      audit.record(
          AuditEntry.of("person.grant.revoked", "access-grant", grant)
              .concerning(personId)
              .withReason("No longer their trusted individual"));
    }
  }

  private boolean consentCovers(RecordAccess opened, UUID member) {
    List<Consent> history = consents.history(opened);
    return !history.isEmpty() && history.get(0).covers(member, LocalDate.now(PersonAccess.UK));
  }

  private TrustedIndividual row(ResultSet rs, int n) throws SQLException {
    UUID user = rs.getObject("user_id", UUID.class);
    UUID member = rs.getObject("member_id", UUID.class);
    UUID acceptedBy = rs.getObject("accepted_by", UUID.class);
    return new TrustedIndividual(
        rs.getObject("id", UUID.class),
        user,
        users.displayName(user).orElse("a former worker"),
        member,
        organisations.name(member).orElse("a former member"),
        rs.getTimestamp("chosen_at").toInstant(),
        instant(rs.getTimestamp("accepted_at")),
        acceptedBy == null ? null : users.displayName(acceptedBy).orElse("a former worker"),
        instant(rs.getTimestamp("ended_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
