package org.alliance.support.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.audit.AuditActor;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording measures over real HTTP on the real database: versions (an answer keeps the version it
 * was asked in after a new one is imported), the form's errors, the change since the start, what is
 * due, the admin page's upload and the API later parts read answers through.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasureRecordingTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired MeasureLibrary library;
  @Autowired MeasureAnswers answers;
  @Autowired PersonAccess access;
  @Autowired TransactionTemplate transaction;

  private SupportFixture fixture;
  private UserAccount practitioner;
  private WebSession session;
  private final String code = "ZQ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  @BeforeAll
  void setUp() {
    fixture = new SupportFixture(jdbc, users, organisations);
    practitioner = fixture.user("practitioner");
    session = WebSession.signedIn(port, "practitioner", "alliance-demo");
  }

  private String definition(String version, String itemA) {
    return MeasureFileTests.SMALL
        .replace("\"ZQTEST\"", "\"" + code + "\"")
        .replace("\"version\": \"1\"", "\"version\": \"" + version + "\"")
        .replace("Item A", itemA);
  }

  private ImportOutcome load(String json) {
    return library.importFile(
        "zq.json",
        json.getBytes(StandardCharsets.UTF_8),
        new MeasureLibrary.Importer(null, "a test"));
  }

  private HttpResponse<String> record(UUID person, String stage, Map<String, String> items) {
    HttpResponse<String> form = session.get("/people/" + person + "/measures/new?measure=" + code);
    assertThat(form.statusCode()).isEqualTo(200);
    Map<String, String> fields = new LinkedHashMap<>(items);
    fields.put("stage", stage);
    return session.submit(form, "main form[method=post]", fields);
  }

  @Test
  void anAnswerKeepsTheVersionItWasAskedInAfterANewVersionIsImported() {
    assertThat(load(definition("1", "Zq first wording")).result())
        .isEqualTo(ImportOutcome.Result.IMPORTED);
    UUID person = fixture.person("Zqversion", "Zqkeeps", LocalDate.of(1990, 1, 2), practitioner);
    HttpResponse<String> recorded =
        record(person, "start", Map.of("item-A", "3", "item-B", "1", "item-C", "no"));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);

    // The same file again changes nothing; the same version label with other content is refused.
    assertThat(load(definition("1", "Zq first wording")).result())
        .isEqualTo(ImportOutcome.Result.UNCHANGED);
    ImportOutcome reused = load(definition("1", "Zq sneaky change"));
    assertThat(reused.refused()).isTrue();
    assertThat(reused.problems()).extracting(MeasureProblem::pointer).containsExactly("/version");

    ImportOutcome second = load(definition("2", "Zq second wording"));
    assertThat(second.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
    assertThat(second.number()).isEqualTo(2);

    String page = session.get("/people/" + person + "/measures").body();
    assertThat(page)
        .contains("Zq first wording")
        .doesNotContain("Zq second wording")
        .contains(code + " version 1");
    assertThat(session.get("/people/" + person + "/measures/new?measure=" + code).body())
        .contains("Zq second wording");
    // Scored with the version it was asked in: 3 + (4 - 1) = 6.
    assertThat(
            jdbc.sql("select scores->>'sum' from support.measure_recording where person_id = :p")
                .param("p", person)
                .query(String.class)
                .single())
        .isEqualTo("6");
  }

  @Test
  void outOfRangeAndHostileAnswersAreErrorsOnTheFormAndNothingIsStored() {
    load(definition("1", "Zq first wording"));
    UUID person = fixture.person("Zqform", "Zqerrors", LocalDate.of(1991, 3, 4), practitioner);
    for (String bad : List.of("29", "-1", "2.5", "99999999999999999999", "<b>x</b>", "NaN")) {
      HttpResponse<String> response = record(person, "start", Map.of("item-A", bad));
      assertThat(response.statusCode()).as(bad).isEqualTo(200);
      assertThat(response.body())
          .as(bad)
          .contains("There is a problem")
          .contains("enter a number from 0 to 4, a whole number")
          .doesNotContain("<b>x</b>");
    }
    HttpResponse<String> noStage = record(person, "", Map.of("item-A", "2"));
    assertThat(noStage.body()).contains("Choose the stage it was asked at");
    assertThat(
            jdbc.sql("select count(*) from support.measure_recording where person_id = :p")
                .param("p", person)
                .query(Long.class)
                .single())
        .isZero();
    // Not answered is an answer: nothing given is recorded, and the sum is not scored.
    assertThat(record(person, "start", Map.of()).statusCode()).isEqualTo(302);
    assertThat(session.get("/people/" + person + "/measures").body()).contains("Not scored");
  }

  @Test
  void theChangeBetweenStartAndReviewIsShownBetterOrWorse() {
    load(definition("1", "Zq first wording"));
    UUID person = fixture.person("Zqchange", "Zqshown", LocalDate.of(1992, 5, 6), practitioner);
    record(person, "start", Map.of("item-A", "1", "item-B", "4", "item-C", "yes", "item-D", "low"));
    record(person, "review", Map.of("item-A", "3", "item-B", "4", "item-C", "no", "item-D", "low"));
    String page = session.get("/people/" + person + "/measures").body();
    String change =
        page.substring(page.indexOf("Change since the start"), page.indexOf("id=\"recorded\""));
    assertThat(change)
        .contains("Sum (score)")
        .contains("+2")
        .contains("Better")
        .contains("Yes to No")
        .contains("Same");
    assertThat(change).doesNotContain("Worse");
  }

  @Test
  void topIsDueAtTheStartOfAnAdultsEpisodeAndYporForAYoungPerson() {
    UUID adult = fixture.person("Zqdue", "Zqadult", LocalDate.of(1980, 1, 1), practitioner);
    UUID young = fixture.person("Zqdue", "Zqyoung", LocalDate.now().minusYears(15), practitioner);
    String adultDue = due(session.get("/people/" + adult + "/measures").body());
    assertThat(adultDue).contains("Treatment Outcomes Profile").doesNotContain("Young People");
    String youngDue = due(session.get("/people/" + young + "/measures").body());
    assertThat(youngDue).contains("Young People").doesNotContain("Treatment Outcomes");
  }

  private static String due(String page) {
    return page.substring(page.indexOf("id=\"due\""), page.indexOf("id=\"change\""));
  }

  @Test
  void laterPartsReadAPersonsAnswersByMeasureAndStageThroughTheirAccess() {
    load(definition("1", "Zq first wording"));
    UUID person = fixture.person("Zqapi", "Zqreader", LocalDate.of(1985, 7, 8), practitioner);
    record(person, "start", Map.of("item-A", "2", "item-B", "2"));
    record(person, "review", Map.of("item-A", "4", "item-B", "0"));
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(actor(), null));
    try {
      List<MeasureRecording> starts =
          transaction.execute(
              status -> {
                RecordAccess opened =
                    access.open(
                        new Practitioner(
                            practitioner.id(),
                            practitioner.username(),
                            practitioner.displayName(),
                            practitioner.organisationId(),
                            "member",
                            Practitioner.Kind.CASE_WORKER),
                        person,
                        "a test of the answers API");
                return answers.recorded(opened, code, Stage.START);
              });
      assertThat(starts).hasSize(1);
      assertThat(starts.get(0).answers().get("A")).isEqualTo(new java.math.BigDecimal("2"));
      assertThat(starts.get(0).scores().get("sum")).isEqualByComparingTo("4");
      assertThat(starts.get(0).code()).isEqualTo(code);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private AuditActor actor() {
    return new AuditActor() {
      public UUID userId() {
        return practitioner.id();
      }

      public String username() {
        return practitioner.username();
      }

      public UUID organisationId() {
        return practitioner.organisationId();
      }

      public String organisationName() {
        return "member";
      }
    };
  }

  @Test
  void administratorsLoadADefinitionOnTheMeasuresPage() {
    WebSession admin = WebSession.signedIn(port, "admin", "alliance-demo");
    assertThat(admin.get("/admin/measures").body())
        .contains("Treatment Outcomes Profile")
        .contains("Young People")
        .contains("made up for the demo");
    String other = "ZQ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    HttpResponse<String> loaded =
        admin.upload(
            "/admin/measures",
            "file",
            "zq.json",
            MeasureFileTests.SMALL.replace("ZQTEST", other).getBytes(StandardCharsets.UTF_8));
    assertThat(loaded.statusCode()).isEqualTo(200);
    assertThat(loaded.body()).contains("Imported " + other + " as version 1");
    HttpResponse<String> refused =
        admin.upload(
            "/admin/measures",
            "file",
            "bad.json",
            MeasureFileTests.SMALL
                .replace("ZQTEST", other)
                .replace("\"scale\": \"yn\"", "\"scale\": \"nosuch\"")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(refused.body())
        .contains("bad.json was not imported")
        .contains("/items/2/scale: no scale has the code");
    HttpResponse<String> notJson =
        admin.upload(
            "/admin/measures", "file", "x.json", "{\"a\":".getBytes(StandardCharsets.UTF_8));
    assertThat(notJson.body()).contains("not JSON");
  }
}
