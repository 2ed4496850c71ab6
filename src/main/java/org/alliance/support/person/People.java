package org.alliance.support.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.support.access.AccessGrants;
import org.alliance.support.access.Consents;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registering people and reading who they are. */
@Component
public class People {

  static final String COLUMNS =
      """
      p.id, p.given_name, p.family_name, p.preferred_name, p.pronouns, p.date_of_birth, p.postcode,
      p.nhs_number, p.languages, p.communication_needs, p.accessibility_needs,
      p.registered_by_member, p.registered_at, p.last_contact_at, p.merged_into, p.version
      """;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final AccessGrants grants;
  private final Consents consents;
  private final PersonAccess access;
  private final Finder finder;

  People(
      JdbcClient jdbc,
      AuditLog audit,
      AccessGrants grants,
      Consents consents,
      PersonAccess access,
      Finder finder) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.grants = grants;
    this.consents = consents;
    this.access = access;
    this.finder = finder;
  }

  /** The record opened for changing its details, with the details as they are. */
  @Transactional
  Person openForChange(Practitioner practitioner, UUID personId) {
    return load(access.open(practitioner, personId, "details form"));
  }

  /** A record that may be the same person as an open one, and why it looks so. */
  public record Duplicate(UUID id, List<String> reasons) {}

  /**
   * Records that may be the same person as the one opened, by the matching registration uses (name
   * similarity, date of birth with day and month swapped, postcode, NHS number); merged records are
   * left out. Ids only: what may be shown of each is for {@code PersonAccess} to say.
   */
  public List<Duplicate> likelyDuplicates(RecordAccess opened) {
    Person person = find(opened);
    NewPerson as =
        new NewPerson(
            person.givenName(),
            person.familyName(),
            null,
            null,
            person.dateOfBirth(),
            person.postcode(),
            person.nhsNumber(),
            null,
            null,
            null,
            null,
            ConsentAtRegistration.NOT_ASKED);
    return finder.likelyMatches(as).stream()
        .filter(match -> !match.id().equals(person.id()))
        .map(match -> new Duplicate(match.id(), match.reasons()))
        .toList();
  }

  /**
   * Registers a person at the practitioner's member: the record, the member's standard grant (its
   * whole team, every label), a first episode, the member's reference and the first answer about
   * sharing, all in one transaction with its audit entry.
   */
  @Transactional
  public UUID register(Practitioner practitioner, NewPerson person) {
    UUID id =
        jdbc.sql(
                """
                insert into support.person
                  (given_name, family_name, preferred_name, pronouns, date_of_birth, postcode,
                   nhs_number, languages, communication_needs, accessibility_needs,
                   registered_by_member, registered_by)
                values
                  (:given, :family, :preferred, :pronouns, :dob, :postcode,
                   :nhs, :languages, :communication, :accessibility, :member, :user)
                returning id
                """)
            .param("given", person.givenName())
            .param("family", person.familyName())
            .param("preferred", person.preferredName())
            .param("pronouns", person.pronouns())
            .param("dob", person.dateOfBirth())
            .param("postcode", person.postcode())
            .param("nhs", person.nhsNumber())
            .param("languages", person.languages())
            .param("communication", person.communicationNeeds())
            .param("accessibility", person.accessibilityNeeds())
            .param("member", practitioner.memberId())
            .param("user", practitioner.userId())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("person.registered", "person", id)
            .concerning(id)
            .withDetail("at " + practitioner.memberName()));
    grants.grantTeam(id, practitioner.memberId(), "Registered the person");
    jdbc.sql(
            """
            insert into support.episode (person_id, member_id, opened_on, open_reason, opened_by)
            values (:person, :member, current_date, 'Registered', :user)
            """)
        .param("person", id)
        .param("member", practitioner.memberId())
        .param("user", practitioner.userId())
        .update();
    if (person.reference() != null) {
      jdbc.sql(
              """
              insert into support.member_reference (person_id, member_id, reference)
              values (:person, :member, :reference)
              """)
          .param("person", id)
          .param("member", practitioner.memberId())
          .param("reference", person.reference())
          .update();
    }
    switch (person.consent()) {
      case GIVEN -> consents.recordAtRegistration(practitioner, id, true);
      case REFUSED -> consents.recordAtRegistration(practitioner, id, false);
      case NOT_ASKED -> {}
    }
    return id;
  }

  /**
   * Changes who the person is recorded as, if nobody changed it since {@code expectedVersion} was
   * read. A changed name is kept as a previous name, so searches still find them by it.
   */
  @Transactional
  public Person update(
      Practitioner practitioner, UUID personId, int expectedVersion, NewPerson details) {
    RecordAccess opened = access.open(practitioner, personId, "changing their details");
    Person before = load(opened);
    int changed =
        jdbc.sql(
                """
                update support.person
                   set given_name = :given, family_name = :family, preferred_name = :preferred,
                       pronouns = :pronouns, date_of_birth = :dob, postcode = :postcode,
                       nhs_number = :nhs, languages = :languages,
                       communication_needs = :communication, accessibility_needs = :accessibility,
                       version = version + 1, updated_at = now()
                 where id = :id and version = :version
                """)
            .param("given", details.givenName())
            .param("family", details.familyName())
            .param("preferred", details.preferredName())
            .param("pronouns", details.pronouns())
            .param("dob", details.dateOfBirth())
            .param("postcode", details.postcode())
            .param("nhs", details.nhsNumber())
            .param("languages", details.languages())
            .param("communication", details.communicationNeeds())
            .param("accessibility", details.accessibilityNeeds())
            .param("id", personId)
            .param("version", expectedVersion)
            .update();
    if (changed == 0) {
      throw new StaleRecord(before);
    }
    if (!before.givenName().equals(details.givenName())
        || !before.familyName().equals(details.familyName())) {
      jdbc.sql(
              """
              insert into support.person_name (person_id, given_name, family_name, kind)
              values (:person, :given, :family, 'previous')
              """)
          .param("person", personId)
          .param("given", before.givenName())
          .param("family", before.familyName())
          .update();
    }
    audit.record(
        AuditEntry.of("person.details.changed", "person", personId)
            .concerning(personId)
            .withDetail("version " + (expectedVersion + 1)));
    return load(opened);
  }

  /** The person's details, once {@code PersonAccess} has opened the record. */
  public Person find(RecordAccess access) {
    if (!access.caseRecord()) {
      throw new IllegalArgumentException("Oversight reads identity only");
    }
    return load(access);
  }

  /**
   * Who the person is, for oversight as well as the case record: the data-protection lead must know
   * whose access they are reviewing.
   */
  public Person identity(RecordAccess access) {
    return load(access);
  }

  private Person load(RecordAccess access) {
    return jdbc.sql("select " + COLUMNS + " from support.person p where p.id = :id")
        .param("id", access.personId())
        .query(People::person)
        .single();
  }

  static Person person(ResultSet rs, int n) throws SQLException {
    return new Person(
        rs.getObject("id", UUID.class),
        rs.getString("given_name"),
        rs.getString("family_name"),
        rs.getString("preferred_name"),
        rs.getString("pronouns"),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getString("postcode"),
        rs.getString("nhs_number"),
        rs.getString("languages"),
        rs.getString("communication_needs"),
        rs.getString("accessibility_needs"),
        rs.getObject("registered_by_member", UUID.class),
        rs.getTimestamp("registered_at").toInstant(),
        instant(rs.getTimestamp("last_contact_at")),
        rs.getObject("merged_into", UUID.class),
        rs.getInt("version"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
