package org.alliance.support.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.LabelFilter;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.SensitivityLabel;
import org.alliance.support.person.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts and appointments at any member. Each is recorded under the record's {@link RecordAccess}
 * and audited in the same transaction; an attended contact moves the person's last contact, which
 * the caseload and the dormant list read.
 */
@Component
public class Contacts {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final UserAccounts users;
  private final Organisations organisations;

  Contacts(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      People people,
      UserAccounts users,
      Organisations organisations) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.users = users;
    this.organisations = organisations;
  }

  /** Opens the record for a form: to record a contact, book one, or give one its outcome. */
  @Transactional
  public ContactPage page(Practitioner viewer, UUID personId, UUID contactId, String purpose) {
    RecordAccess opened = access.open(viewer, personId, purpose);
    Contact contact =
        contactId == null ? null : find(opened, contactId).orElseThrow(NoSuchRecord::new);
    return new ContactPage(opened, people.find(opened), contact);
  }

  /** Records a contact that happened, or books an appointment (no outcome). */
  @Transactional
  UUID record(Practitioner viewer, UUID personId, ContactForm.Checked contact) {
    boolean appointment = contact.outcome() == null;
    RecordAccess opened =
        access.open(
            viewer, personId, appointment ? "booking an appointment" : "recording a contact");
    if (contact.label() != null && !opened.reaches(contact.label())) {
      throw new ContactProblem("label", "Choose a label from the list, or none");
    }
    UUID worker = worker(viewer, contact.worker());
    UUID id =
        jdbc.sql(
                """
                insert into support.contact
                  (person_id, member_id, worker_id, mode, happens_at, outcome, label, summary, recorded_by)
                values (:person, :member, :worker, :mode, :at, :outcome, :label, :summary, :by)
                returning id
                """)
            .param("person", personId)
            .param("member", viewer.memberId())
            .param("worker", worker)
            .param("mode", contact.mode().code())
            .param("at", Timestamp.from(contact.happensAt()))
            .param("outcome", appointment ? null : contact.outcome().code())
            .param("label", contact.label() == null ? null : contact.label().code())
            .param("summary", contact.summary())
            .param("by", viewer.userId())
            .query(UUID.class)
            .single();
    refreshLastContact(personId);
    audit.record(
        AuditEntry.of(
                appointment ? "person.appointment.booked" : "person.contact.recorded",
                "contact",
                id)
            .concerning(personId));
    return id;
  }

  /**
   * Gives an appointment its outcome, or corrects one. Refused with {@link StaleContact} if the
   * contact changed since the form showed {@code version}.
   */
  @Transactional
  void outcome(Practitioner viewer, UUID personId, UUID contactId, Outcome outcome, int version) {
    RecordAccess opened = access.open(viewer, personId, "recording an appointment's outcome");
    Contact current = find(opened, contactId).orElseThrow(NoSuchRecord::new);
    if (current.version() != version) {
      throw new StaleContact(current);
    }
    if (outcome.needsTimePassed() && current.happensAt().isAfter(Instant.now())) {
      throw new ContactProblem(
          "outcome",
          "The appointment has not happened yet: it can only be cancelled until its time comes");
    }
    int changed =
        jdbc.sql(
                """
                update support.contact set outcome = :outcome, version = version + 1
                 where id = :id and person_id = :person and version = :version
                """)
            .param("outcome", outcome.code())
            .param("id", contactId)
            .param("person", personId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new StaleContact(find(opened, contactId).orElseThrow(NoSuchRecord::new));
    }
    refreshLastContact(personId);
    audit.record(
        AuditEntry.of("person.contact.outcome", "contact", contactId)
            .concerning(personId)
            .withDetail(outcome.code()));
  }

  /** One contact of this person that the viewer's labels reach; empty for anyone else's. */
  public Optional<Contact> find(RecordAccess opened, UUID contactId) {
    return jdbc.sql(
            "select c.* from support.contact c where c.id = :id and c.person_id = :person and "
                + LabelFilter.visible("c"))
        .param("id", contactId)
        .param("person", opened.personId())
        .param("labels", LabelFilter.labels(opened))
        .query(this::contact)
        .optional();
  }

  private void refreshLastContact(UUID personId) {
    jdbc.sql(
            """
            update support.person set last_contact_at =
                   (select max(c.happens_at) from support.contact c
                     where c.person_id = :person and c.outcome = 'attended')
             where id = :person
            """)
        .param("person", personId)
        .update();
  }

  /** The worker named on the form, a practitioner at the viewer's member; the viewer if none. */
  private UUID worker(Practitioner viewer, String username) {
    if (username == null || username.equalsIgnoreCase(viewer.username())) {
      return viewer.userId();
    }
    return users
        .findByUsername(username)
        .filter(UserAccount::enabled)
        .filter(u -> u.roles().contains(Role.PRACTITIONER))
        .filter(u -> viewer.memberId().equals(u.organisationId()))
        .map(UserAccount::id)
        .orElseThrow(
            () ->
                new ContactProblem(
                    "worker", "There is no worker at your member with that user name"));
  }

  private Contact contact(ResultSet rs, int n) throws SQLException {
    UUID member = rs.getObject("member_id", UUID.class);
    UUID worker = rs.getObject("worker_id", UUID.class);
    return new Contact(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        organisations.name(member).orElse("a former member"),
        users.displayName(worker).orElse("a former worker"),
        ContactMode.fromCode(rs.getString("mode")).orElseThrow(),
        rs.getTimestamp("happens_at").toInstant(),
        Outcome.fromCode(rs.getString("outcome")).orElse(null),
        SensitivityLabel.fromCode(rs.getString("label")).orElse(null),
        rs.getString("summary"),
        rs.getInt("version"));
  }
}
