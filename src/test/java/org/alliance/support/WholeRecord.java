package org.alliance.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.alliance.identity.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person with a row in every part of the record (previous name, member reference, consent, grant,
 * trusted individual, episodes, contact, labelled case note, referral), each holding a distinctive
 * value, so tests can look for them in a copy or make sure none is left after destruction. Names
 * carry the "zq" marker.
 */
public final class WholeRecord {

  private static final Random NAMES = new Random();

  /** What was written, to look for afterwards. */
  public record Made(
      UUID id,
      String givenName,
      String familyName,
      String previousFamilyName,
      LocalDate dateOfBirth,
      String nhsNumber,
      String postcode,
      String reference,
      String contactSummary,
      String caseNote,
      String referralNote) {

    /** Every value that is personal data, for "none of these may appear" checks. */
    public List<String> personalValues() {
      return List.of(
          givenName,
          familyName,
          previousFamilyName,
          nhsNumber,
          postcode,
          reference,
          contactSummary,
          caseNote,
          referralNote,
          dateOfBirth.toString());
    }
  }

  private WholeRecord() {}

  public static Made make(
      JdbcClient jdbc,
      SupportFixture fixture,
      UserAccount by,
      UUID otherMember,
      LocalDate born,
      Instant lastContact) {
    String word = word();
    String given = "Zqgiven" + word;
    String family = "Zqfamily" + word;
    UUID id = fixture.person(given, family, born, by);
    String nhs = "9" + String.format("%09d", NAMES.nextInt(1_000_000_000));
    String postcode = "BK9" + word.substring(0, 2).toUpperCase();
    Made made =
        new Made(
            id,
            given,
            family,
            "Zqformer" + word,
            born,
            nhs,
            postcode,
            "ZQREF-" + word,
            "Zq contact summary " + word,
            "Zq case note body " + word,
            "Zq referral note " + word);
    Timestamp last = Timestamp.from(lastContact);
    jdbc.sql(
            """
            update support.person set nhs_number = :nhs, postcode = :postcode,
                   last_contact_at = :last, registered_at = cast(:last as timestamptz) - interval '2 years'
             where id = :id
            """)
        .param("nhs", nhs)
        .param("postcode", postcode)
        .param("last", last)
        .param("id", id)
        .update();
    jdbc.sql(
            "insert into support.person_name (person_id, given_name, family_name, kind)"
                + " values (:id, :given, :family, 'previous')")
        .param("id", id)
        .param("given", given)
        .param("family", made.previousFamilyName())
        .update();
    jdbc.sql(
            "insert into support.member_reference (person_id, member_id, reference)"
                + " values (:id, :member, :reference)")
        .param("id", id)
        .param("member", by.organisationId())
        .param("reference", made.reference())
        .update();
    fixture.consent(
        id,
        "given",
        new UUID[] {by.organisationId(), otherMember},
        new String[] {"mental-health"},
        LocalDate.now().minusYears(3),
        null,
        by);
    jdbc.sql(
            """
            insert into support.trusted_individual (person_id, user_id, member_id, recorded_by)
            values (:id, :user, :member, :user)
            """)
        .param("id", id)
        .param("user", by.id())
        .param("member", by.organisationId())
        .update();
    jdbc.sql(
            """
            insert into support.episode (person_id, member_id, opened_on, open_reason, opened_by,
                                         closed_on, close_reason, closed_by)
            values (:id, :member, current_date - 900, 'Referred by their GP', :user,
                    current_date - 700, 'Goals met', :user)
            """)
        .param("id", id)
        .param("member", otherMember)
        .param("user", by.id())
        .update();
    jdbc.sql(
            """
            insert into support.contact (person_id, member_id, worker_id, mode, happens_at,
                                         outcome, summary, recorded_by)
            values (:id, :member, :user, 'face-to-face', :last, 'attended', :summary, :user)
            """)
        .param("id", id)
        .param("member", by.organisationId())
        .param("user", by.id())
        .param("last", last)
        .param("summary", made.contactSummary())
        .update();
    jdbc.sql(
            """
            insert into support.case_note (person_id, member_id, author_id, label, body)
            values (:id, :member, :user, 'mental-health', :body)
            """)
        .param("id", id)
        .param("member", by.organisationId())
        .param("user", by.id())
        .param("body", made.caseNote())
        .update();
    jdbc.sql(
            """
            insert into support.referral (person_id, from_member, sent_by, to_member, basis, note)
            values (:id, :member, :user, :to, 'consent', :note)
            """)
        .param("id", id)
        .param("member", by.organisationId())
        .param("user", by.id())
        .param("to", otherMember)
        .param("note", made.referralNote())
        .update();
    return made;
  }

  private static String word() {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + NAMES.nextInt(26)));
    }
    return word.toString();
  }
}
