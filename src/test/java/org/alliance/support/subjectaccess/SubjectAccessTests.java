package org.alliance.support.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.alliance.support.WholeRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data-protection lead's subject-access copy: every part of the record and its audit, as JSON
 * and as a PDF that parses back; the copy is audited; the oversight page links to it but never
 * shows case notes.
 */
@AllianceTest
class SubjectAccessTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private static final String GOAL = "Zq swim a length without stopping";
  private static final String STRENGTH = "Zq makes everyone laugh";

  private WholeRecord.Made made;

  @BeforeEach
  void aWholeRecord() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    UserAccount practitioner = fixture.user("practitioner");
    made =
        WholeRecord.make(
            jdbc,
            fixture,
            practitioner,
            fixture.member("Brackenshire Recovery Partnership").id(),
            LocalDate.of(2007, 3, 14),
            Instant.now().minus(3, ChronoUnit.DAYS));
    // The plan's parts, named in the copy rather than left to the catch-all.
    fixture.goal(made.id(), practitioner, null, GOAL);
    fixture.planEntry(made.id(), practitioner, null, STRENGTH);
    // A read to find in the audit part of the copy.
    fixture.grant(
        made.id(),
        "break-glass",
        practitioner.organisationId(),
        practitioner.id(),
        SupportFixture.ALL_LABELS,
        2,
        "Zq at risk tonight");
  }

  @Test
  void theJsonCopyHoldsEveryPartAndItsAudit() throws Exception {
    WebSession dpo = WebSession.signedIn(port, "dpo", "alliance-demo");
    HttpResponse<byte[]> response =
        dpo.getBytes("/data-protection/people/" + made.id() + "/export.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", "subject-access-" + made.id() + ".json");
    JsonNode copy = JsonMapper.builder().build().readTree(response.body());

    for (String part :
        List.of(
            "identity",
            "identifiers",
            "previous_names",
            "consent_history",
            "access_grants",
            "trusted_individuals",
            "episodes",
            "contacts",
            "case_notes",
            "referrals",
            "plan_goals",
            "plan_conversation",
            "audit")) {
      assertThat(copy.get(part)).as(part).isNotNull();
      assertThat(copy.get(part).isEmpty()).as(part + " is empty").isFalse();
    }
    JsonNode person = copy.get("identity").get(0);
    assertThat(person.get("given_name").asString()).isEqualTo(made.givenName());
    assertThat(person.get("nhs_number").asString()).isEqualTo(made.nhsNumber());
    assertThat(person.get("date_of_birth").asString()).isEqualTo("2007-03-14");
    assertThat(person.get("registered_by_member_name").asString())
        .isEqualTo("Open Road Young People's Service");
    assertThat(copy.get("identifiers").get(0).get("reference").asString())
        .isEqualTo(made.reference());
    assertThat(copy.get("previous_names").get(0).get("family_name").asString())
        .isEqualTo(made.previousFamilyName());
    assertThat(copy.get("case_notes").get(0).get("body").asString()).isEqualTo(made.caseNote());
    assertThat(copy.get("case_notes").get(0).get("author_name").asString())
        .isEqualTo("Grace Okafor");
    assertThat(copy.get("contacts").get(0).get("summary").asString())
        .isEqualTo(made.contactSummary());
    assertThat(copy.get("referrals").get(0).get("note").asString()).isEqualTo(made.referralNote());
    assertThat(copy.get("consent_history").get(0).get("members_names").toString())
        .contains("Brackenshire Recovery Partnership");
    assertThat(copy.get("access_grants").toString()).contains("break-glass", "Zq at risk tonight");
    assertThat(copy.get("audit").toString()).contains("person.subject-access-export");
    assertThat(copy.get("subject_access_copy").get("made_by").asString()).isEqualTo("Helen Moss");
    assertThat(copy.get("plan_goals").get(0).get("words").asString()).isEqualTo(GOAL);
    assertThat(copy.get("plan_goals").get(0).get("set_by_name").asString())
        .isEqualTo("Grace Okafor");
    assertThat(copy.get("plan_conversation").get(0).get("body").asString()).isEqualTo(STRENGTH);

    assertThat(exports()).isEqualTo(1);
  }

  @Test
  void thePdfCopyIsAValidReadableDocument() throws Exception {
    WebSession dpo = WebSession.signedIn(port, "dpo", "alliance-demo");
    HttpResponse<byte[]> response =
        dpo.getBytes("/data-protection/people/" + made.id() + "/export.pdf");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("application/pdf");
    String text;
    try (PDDocument document = Loader.loadPDF(response.body())) {
      assertThat(document.getNumberOfPages()).isPositive();
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Subject access copy: " + made.givenName() + " " + made.familyName());
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains(
            "Subject access copy",
            made.givenName() + " " + made.familyName(),
            made.nhsNumber(),
            made.previousFamilyName(),
            made.reference(),
            made.caseNote(),
            made.contactSummary(),
            made.referralNote(),
            "Consent to share",
            "Episodes of support",
            "Case notes",
            "Referrals",
            "Goals, in their words",
            GOAL,
            STRENGTH,
            "person.subject-access-export",
            "Page 1 of");
    assertThat(exports()).isEqualTo(1);
  }

  @Test
  void theOversightPageLinksToTheCopyButNeverShowsCaseNotes() {
    WebSession dpo = WebSession.signedIn(port, "dpo", "alliance-demo");
    HttpResponse<String> page = dpo.get("/data-protection/people/" + made.id());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "/data-protection/people/" + made.id() + "/export.pdf",
            "/data-protection/people/" + made.id() + "/export.json")
        .doesNotContain(made.caseNote(), made.contactSummary());
    assertThat(
            dpo.getBytes("/data-protection/people/" + UUID.randomUUID() + "/export.pdf")
                .statusCode())
        .isEqualTo(404);
    WebSession practitioner = WebSession.signedIn(port, "practitioner", "alliance-demo");
    assertThat(
            practitioner
                .getBytes("/data-protection/people/" + made.id() + "/export.json")
                .statusCode())
        .isEqualTo(403);
    assertThat(exports()).isZero();
  }

  private int exports() {
    return jdbc.sql(
            "select count(*) from audit.audit_event"
                + " where action = 'person.subject-access-export' and person_id = :id")
        .param("id", made.id())
        .query(Integer.class)
        .single();
  }
}
