package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
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
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "A copy of everything": the person's own subject-access copy, readable, audited, without the
 * entries a practitioner withheld (nor the audit of them); a proxy cannot have one; the
 * data-protection lead's copy keeps withheld entries and marks them.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnCopyTests {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private SupportFixture fixture;
  private MyPlanWorld world;
  private UserAccount practitioner;
  private WebSession team;
  private WholeRecord.Made made;
  private WebSession own;
  private String ownUsername;

  @BeforeAll
  void aRecordWithWithheldEntries() {
    fixture = new SupportFixture(jdbc, users, organisations);
    world = new MyPlanWorld(port);
    practitioner = fixture.user("practitioner");
    team = WebSession.signedIn(port, "practitioner", "alliance-demo");
    made =
        WholeRecord.make(
            jdbc,
            fixture,
            practitioner,
            fixture.otherMember(practitioner),
            LocalDate.of(1992, 8, 9),
            Instant.now().minus(3, ChronoUnit.DAYS));
    fixture.goal(made.id(), practitioner, null, "Zq copy shown goal");
    UUID goal = fixture.goal(made.id(), practitioner, null, "Zq copy withheld goal");
    withhold("goal", goal);
    UUID note =
        jdbc.sql(
                """
                insert into support.case_note (person_id, member_id, author_id, body)
                values (:p, :m, :u, 'Zq copy withheld note') returning id
                """)
            .param("p", made.id())
            .param("m", practitioner.organisationId())
            .param("u", practitioner.id())
            .query(UUID.class)
            .single();
    withhold("note", note);
    // A withheld budget with a payment recorded by the worker, so its audit entry exists too.
    UUID budget = fixture.budget(made.id(), practitioner, "personal-budget", null);
    withhold("budget", budget);
    HttpResponse<String> paid =
        team.post(
            "/people/" + made.id() + "/budgets/" + budget + "/payments",
            Map.of(
                "payWhat",
                "Zq copy withheld payment",
                "payAmount",
                "12.34",
                "payDay",
                String.valueOf(LocalDate.now().getDayOfMonth()),
                "payMonth",
                String.valueOf(LocalDate.now().getMonthValue()),
                "payYear",
                String.valueOf(LocalDate.now().getYear()),
                "version",
                "0"));
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(302);

    own = world.activate(world.selfCode(team, made.id(), made.givenName()));
    ownUsername =
        jdbc.sql(
                """
                select u.username from identity.app_user u
                  join support.person_account a on a.user_id = u.id
                 where a.person_id = :p and a.relation = 'self'
                """)
            .param("p", made.id())
            .query(String.class)
            .single();
  }

  @Test
  void theCopyIsReadableHoldsTheRecordAndLeavesOutWhatIsWithheld() {
    HttpResponse<String> explained = own.get("/my-plan/copy");
    assertThat(explained.statusCode()).isEqualTo(200);
    assertThat(explained.body()).contains("Make my copy", "Exit this page");
    long before = copies();

    HttpResponse<String> copy = own.post("/my-plan/copy", Map.of());
    assertThat(copy.statusCode()).as(copy.body()).isEqualTo(200);
    String main = Jsoup.parse(copy.body()).select("main").text();
    assertThat(main)
        .contains(
            "A copy of everything",
            made.givenName(),
            "Zq copy shown goal",
            made.caseNote(),
            made.contactSummary(),
            made.referralNote(),
            "Notes workers wrote",
            "Your goals",
            "Grace Okafor",
            "9 August 1992")
        .doesNotContain(
            "Zq copy withheld goal",
            "Zq copy withheld note",
            "Zq copy withheld payment",
            "Zq driving lessons",
            "Zq safeguarding reason",
            "payment recorded",
            made.id().toString(),
            "{\"");
    assertThat(main).doesNotContainPattern(UUID_PATTERN);
    assertThat(copies()).isEqualTo(before + 1);
    assertThat(
            jdbc.sql(
                    "select actor_username from audit.audit_event where person_id = :p"
                        + " and action = 'person.subject-access-copy' order by id desc limit 1")
                .param("p", made.id())
                .query(String.class)
                .single())
        .isEqualTo(ownUsername);
  }

  @Test
  void theCopyAsAPdfLeavesOutWhatIsWithheldToo() throws Exception {
    long before = copies();
    own.get("/my-plan/copy");
    HttpResponse<byte[]> pdf = own.postBytes("/my-plan/copy.pdf", Map.of());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains("A copy of everything", "Zq copy shown goal", made.caseNote())
        .doesNotContain("Zq copy withheld goal", "Zq copy withheld note", made.id().toString());
    assertThat(copies()).isEqualTo(before + 1);
  }

  @Test
  void aProxyCannotHaveACopy() {
    WebSession carer =
        world.activate(
            world.proxyCode(
                team, made.id(), "Zq Carer", "carer", "plan", "appointments", "budget"));
    long before = copies();
    assertThat(carer.get("/my-plan/copy").statusCode()).isEqualTo(404);
    HttpResponse<String> refused = carer.post("/my-plan/copy", Map.of());
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain(made.caseNote(), "Zq copy shown goal");
    assertThat(carer.postBytes("/my-plan/copy.pdf", Map.of()).statusCode()).isEqualTo(404);
    assertThat(copies()).isEqualTo(before);
  }

  @Test
  void theLeadsCopyKeepsWithheldEntriesAndMarksThem() {
    WebSession dpo = WebSession.signedIn(port, "dpo", "alliance-demo");
    HttpResponse<byte[]> response =
        dpo.getBytes("/data-protection/people/" + made.id() + "/export.json");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode copy = JsonMapper.builder().build().readTree(response.body());
    JsonNode withheld = copy.get("withheld");
    assertThat(withheld.size()).isEqualTo(3);
    assertThat(withheld.toString())
        .contains("case note", "goal", "budget", "Zq safeguarding reason", "withheld_at");
    boolean marked = false;
    for (JsonNode note : copy.get("case_notes")) {
      if (note.get("body").asString().equals("Zq copy withheld note")) {
        marked = note.get("withheld_from_the_person").asBoolean();
      } else {
        assertThat(note.get("withheld_from_the_person").isNull()).isTrue();
      }
    }
    assertThat(marked).as("the withheld note is in the lead's copy, marked").isTrue();
    assertThat(copy.get("plan_goals").toString()).contains("Zq copy withheld goal");
    assertThat(copy.get("budget_spending").toString()).contains("Zq copy withheld payment");
  }

  private long copies() {
    return jdbc.sql(
            "select count(*) from audit.audit_event where person_id = :p"
                + " and action = 'person.subject-access-copy'")
        .param("p", made.id())
        .query(Long.class)
        .single();
  }

  private void withhold(String kind, UUID entry) {
    jdbc.sql(
            """
            insert into support.withheld_entry (person_id, entry_kind, entry_id, reason, withheld_by,
                                                withheld_by_member)
            values (:p, :kind, :e, 'Zq safeguarding reason', :u, :m)
            """)
        .param("p", made.id())
        .param("kind", kind)
        .param("e", entry)
        .param("u", practitioner.id())
        .param("m", practitioner.organisationId())
        .update();
  }
}
