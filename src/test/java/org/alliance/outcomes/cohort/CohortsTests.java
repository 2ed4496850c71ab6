package org.alliance.outcomes.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.outcomes.OutcomesOpenApi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Cohorts over real HTTP: entered on the form, changed, refused when stale, imported from a file
 * (twice, the second time changing nothing), shown through disclosure control on the pages, in the
 * API (held to its OpenAPI description) and in the evaluation report, and audited. Each test works
 * on cohorts named for it alone, so they pass in any order beside the demo's.
 */
@AllianceTest
class CohortsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private final ObjectMapper json = new ObjectMapper();
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  private WebSession manager() {
    return WebSession.signedIn(port, "manager", "alliance-demo");
  }

  private Map<String, String> form(String name) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", name);
    form.put("description", "Entered by a test <i>with markup</i>");
    form.put("people", "42");
    date(form, "beforeFrom", "1", "4", "2031");
    date(form, "beforeTo", "31", "3", "2032");
    date(form, "afterFrom", "1", "4", "2032");
    date(form, "afterTo", "31", "3", "2033");
    form.put("source", "Hospital extract");
    form.put("hospital-admissions-before", "96");
    form.put("hospital-admissions-after", "54");
    form.put("arrests-before", "9");
    form.put("arrests-after", "3");
    return form;
  }

  private static void date(Map<String, String> form, String prefix, String d, String m, String y) {
    form.put(prefix + "Day", d);
    form.put(prefix + "Month", m);
    form.put(prefix + "Year", y);
  }

  private UUID idNamed(String name) {
    return jdbc.sql("select id from outcomes.cohort where name = ?")
        .param(name)
        .query(UUID.class)
        .single();
  }

  @Test
  void aCohortEnteredOnTheFormIsShownThroughDisclosureControlAndAudited() {
    WebSession manager = manager();
    manager.get("/outcomes/cohorts/new");
    Map<String, String> form = form("Form cohort " + suffix);
    form.put("description", "Entered by a test");
    HttpResponse<String> saved = manager.post("/outcomes/cohorts", form);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    UUID id = idNamed("Form cohort " + suffix);
    assertThat(WebSession.path(saved.headers().firstValue("Location").orElseThrow()))
        .isEqualTo("/outcomes/cohorts/" + id);

    WebSession commissioner = WebSession.signedIn(port, "commissioner", "alliance-demo");
    Document page = Jsoup.parse(commissioner.get("/outcomes/cohorts/" + id).body());
    assertThat(page.select("#cohort-figures tbody tr"))
        .extracting(row -> row.text())
        .containsExactly(
            "Hospital admissions 96 54 -43.8% (fewer)", "Arrests 9 Not shown Not shown: too few");
    assertThat(page.select("svg title").text()).contains("each measure before and after");
    assertThat(page.select("#edit-cohort")).as("a commissioner does not edit cohorts").isEmpty();
    assertThat(commissioner.get("/outcomes/cohorts/" + id + "/edit").statusCode()).isEqualTo(403);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where action = 'cohort.created'"
                        + " and subject_id = ? and actor_username = 'manager'")
                .param(id.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void mistakesAreShownBackWithTheirFieldsAndNothingIsSaved() {
    WebSession manager = manager();
    manager.get("/outcomes/cohorts/new");
    Map<String, String> form = form("Mistaken cohort " + suffix);
    form.put("people", "3.5");
    date(form, "afterFrom", "1", "1", "2032");
    form.put("arrests-after", "");
    HttpResponse<String> refused = manager.post("/outcomes/cohorts", form);
    assertThat(refused.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a"))
        .extracting(a -> a.attr("href") + " " + a.text())
        .containsExactly(
            "#description The description cannot contain < or >",
            "#people The number of people must be a whole number, like 12",
            "#afterFromDay The period after must start after the period before ends",
            "#arrests-after Enter arrests after, or leave both blank");
    assertThat(page.select("#people").val()).isEqualTo("3.5");
    assertThat(
            jdbc.sql("select count(*) from outcomes.cohort where name = ?")
                .param("Mistaken cohort " + suffix)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aStaleEditIsRefusedAndKeepsWhatWasTyped() {
    WebSession manager = manager();
    manager.get("/outcomes/cohorts/new");
    Map<String, String> form = form("Edited cohort " + suffix);
    form.put("description", "First");
    manager.post("/outcomes/cohorts", form);
    UUID id = idNamed("Edited cohort " + suffix);
    Document edit = Jsoup.parse(manager.get("/outcomes/cohorts/" + id + "/edit").body());
    String version = edit.select("input[name=version]").first().val();
    form.put("version", version);
    form.put("description", "Second");
    assertThat(manager.post("/outcomes/cohorts/" + id, form).statusCode()).isEqualTo(302);

    WebSession other = WebSession.signedIn(port, "datalead", "alliance-demo");
    other.get("/outcomes/cohorts/" + id + "/edit");
    form.put("description", "Third, from a form opened before the second");
    HttpResponse<String> stale = other.post("/outcomes/cohorts/" + id, form);
    assertThat(stale.statusCode()).isEqualTo(409);
    Document page = Jsoup.parse(stale.body());
    assertThat(page.select(".govuk-error-summary").text())
        .contains("Someone changed this cohort after you opened it");
    assertThat(page.select("#description").text())
        .isEqualTo("Third, from a form opened before the second");
    assertThat(
            jdbc.sql("select description from outcomes.cohort where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("Second");

    // Saving again from the refused form (it carries the current version) goes through.
    form.put("version", page.select("input[name=version]").first().val());
    assertThat(other.post("/outcomes/cohorts/" + id, form).statusCode()).isEqualTo(302);
    HttpResponse<String> deleteStale =
        other.post("/outcomes/cohorts/" + id + "/delete", Map.of("version", version));
    assertThat(deleteStale.statusCode()).isEqualTo(409);
    String current =
        jdbc.sql("select version::text from outcomes.cohort where id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(
            other
                .post("/outcomes/cohorts/" + id + "/delete", Map.of("version", current))
                .statusCode())
        .isEqualTo(302);
    assertThat(other.get("/outcomes/cohorts/" + id).statusCode()).isEqualTo(404);
    assertThat(other.get("/outcomes/cohorts/not-an-id").statusCode()).isEqualTo(404);
  }

  @Test
  void anUploadIsAllOrNothingAndTheSameFileTwiceChangesNothing() {
    String name = "Imported cohort " + suffix;
    String good =
        String.join(",", CohortFile.COLUMNS)
            + "\n"
            + name
            + ",,30,2031-01-01,2031-12-31,2032-01-01,2032-12-31,Police,arrests,40,22\n"
            + name
            + ",,30,2031-01-01,2031-12-31,2032-01-01,2032-12-31,Police,bed-days,0,12\n";
    WebSession manager = manager();
    manager.get("/outcomes/cohorts");
    String bad =
        good + "Other " + suffix + ",,30,2031-01-01,2031-12-31,2032-01-01,2032-12-31,,,,\n";
    HttpResponse<String> refused =
        manager.upload(
            "/outcomes/cohorts/upload", "file", "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(refused.body()).select("#import-problems li").text())
        .isEqualTo("bad.csv line 4, source: Enter where the figures came from");
    assertThat(
            jdbc.sql("select count(*) from outcomes.cohort where name = ?")
                .param(name)
                .query(Integer.class)
                .single())
        .isZero();

    HttpResponse<String> imported =
        manager.upload(
            "/outcomes/cohorts/upload", "file", "good.csv", good.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(imported.body()).select(".govuk-notification-banner__heading").text())
        .isEqualTo("Imported good.csv: 1 added, 0 changed, 0 unchanged");
    HttpResponse<String> again =
        manager.upload(
            "/outcomes/cohorts/upload", "file", "good.csv", good.getBytes(StandardCharsets.UTF_8));
    assertThat(Jsoup.parse(again.body()).select(".govuk-notification-banner__heading").text())
        .isEqualTo("Imported good.csv: 0 added, 0 changed, 1 unchanged");
    UUID id = idNamed(name);
    assertThat(
            jdbc.sql("select version from outcomes.cohort where id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    JsonNode one = api("/api/outcomes/cohorts/" + id, 200, "Cohort");
    assertThat(one.path("people").path("value").asInt()).isEqualTo(30);
    assertThat(one.path("figures").get(0).path("measure").asString()).isEqualTo("bed-days");
    assertThat(one.path("figures").get(0).path("change").path("status").asString())
        .isEqualTo("from-zero");
    assertThat(one.path("figures").get(1).path("change").path("percent").asDouble())
        .isEqualTo(-45.0);
    JsonNode all = api("/api/outcomes/cohorts", 200, "CohortList");
    assertThat(all.path("cohorts").valueStream().map(c -> c.path("name").asString()))
        .contains(name);
    api("/api/outcomes/cohorts/" + UUID.randomUUID(), 404, "Problem");
    api("/api/outcomes/cohorts/not-a-uuid", 404, "Problem");

    // The evaluation report for the months of the period after shows it.
    WebSession commissioner = WebSession.signedIn(port, "commissioner", "alliance-demo");
    Document report =
        Jsoup.parse(commissioner.get("/outcomes/evaluation?from=2032-04&to=2033-03").body());
    assertThat(report.select("#before-and-after ~ h3").eachText()).contains(name);
  }

  @Test
  void aCohortOfThreeShowsNoFigureAnywhere() {
    String name = "Small cohort " + suffix;
    WebSession manager = manager();
    manager.get("/outcomes/cohorts/new");
    Map<String, String> form = form(name);
    form.put("description", "");
    form.put("people", "3");
    manager.post("/outcomes/cohorts", form);
    UUID id = idNamed(name);
    Document page =
        Jsoup.parse(
            WebSession.signedIn(port, "leader", "alliance-demo")
                .get("/outcomes/cohorts/" + id)
                .body());
    assertThat(page.select("#too-few")).hasSize(1);
    assertThat(page.select("svg")).isEmpty();
    assertThat(page.select("#cohort-figures tbody td").eachText())
        .containsOnly("Not shown", "Not shown: too few");
    JsonNode api = api("/api/outcomes/cohorts/" + id, 200, "Cohort");
    assertThat(api.path("people").path("status").asString()).isEqualTo("suppressed");
    assertThat(api.path("figures").valueStream().map(f -> f.path("before").path("value")))
        .allMatch(JsonNode::isNull);
  }

  private JsonNode api(String path, int status, String schema) {
    HttpResponse<String> response = new WebSession(port).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = json.readTree(response.body());
    List<String> problems = OutcomesOpenApi.problems(schema, body);
    assertThat(problems).as(path).isEmpty();
    return body;
  }
}
