package org.alliance.commissioning.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The risk register over real HTTP: the demo's seed table, changes and their history, refusals. */
@AllianceTest
class RiskRegisterTests {

  /**
   * Seed 004 (Northamptonshire's recommissioning paper, section 7.4), copied here by hand from the
   * paper: risk, mitigation, residual risk.
   */
  private static final List<List<String>> SEED_004_TABLE =
      List.of(
          List.of(
              "Providers do not agree to the extension. Contract variations will likely come with additional costs (etc cost of living).",
              "Consultation with providers evidences they are keen to move forward with the extension.",
              "Low"),
          List.of(
              "Providers refuse contract variations",
              "Commissioners have currently established strong working relationships with providers.",
              "Medium"),
          List.of(
              "Gaps and performance issues in current contracts will continue to be problematic",
              "Rigorous performance monitoring will take place to ensure value for money and quality is maintained.",
              "Medium"),
          List.of(
              "Management attention will be diverted to supplier performance",
              "Option to utilise additional resource via the drug grants (Commissioning Support Officers).",
              "Medium"),
          List.of(
              "Procurement Activity is delayed",
              "Commissioner working closely with Procurement to ensure this remains on track. Procurement timeline drafted.",
              "Low"),
          List.of(
              "Challenges from Public/Providers",
              "Commissioners have liaised with Procurement & Legal colleagues to ensure there are no risks/implications. Continued communication and engagement to be completed with users, families, carers, providers and the public over the extended period.",
              "Low"),
          List.of(
              "Cost in time providers engaging in more procurement exercise",
              "This has not been highlighted as a potential issue for providers during informal discussions with the Commissioner.",
              "Low"),
          List.of(
              "No bids received for the re-commissioning activity",
              "All current Providers have provided feedback that they are likely to bid.",
              "Low"));

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private WebSession as(String username) {
    return WebSession.signedIn(port, username, "alliance-demo");
  }

  private UUID contract() {
    return jdbc.sql(
            """
            insert into commissioning.contract (reference, service, start_on, end_on)
            values ('ZQ-RISK-1', 'Zq adult treatment and recovery', date '2024-04-01', date '2029-03-31')
            on conflict (reference) do update set service = excluded.service
            returning id
            """)
        .query(UUID.class)
        .single();
  }

  @Test
  void seed004sRiskTableIsInTheDemoAsWritten() {
    HttpResponse<String> page =
        as("commissioner").get("/commissioning/risks?level=alliance&status=any");
    assertThat(page.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(page.body());
    List<List<String>> shown = new ArrayList<>();
    for (Element row : html.select("#risks tbody tr")) {
      if (!row.select("td").get(1).text().endsWith("Alliance: Recommissioning programme")) {
        continue;
      }
      shown.add(
          List.of(
              row.select("td").get(1).selectFirst("span").text(),
              row.select("td").get(2).text(),
              row.select("td").get(4).selectFirst("strong").text()));
    }
    assertThat(shown).containsExactlyElementsOf(SEED_004_TABLE);
    assertThat(html.select("#bands").text())
        .isEqualTo("Rating = likelihood × impact. Low: 1 to 4. Medium: 5 to 12. High: 15 to 25.");
    // The leadership team reads the same table on the alliance's pages.
    String alliance = as("leader").get("/alliance/risks").body();
    for (List<String> row : SEED_004_TABLE) {
      assertThat(Jsoup.parse(alliance).text()).contains(row.get(0)).contains(row.get(1));
    }
  }

  @Test
  void everyChangeIsANewVersionSayingWhatChanged() {
    WebSession commissioner = as("commissioner");
    UUID contract = contract();
    HttpResponse<String> added =
        commissioner.submit(
            commissioner.get("/commissioning/risks/new"),
            "main form[method=post]",
            Map.ofEntries(
                Map.entry("contract", contract.toString()),
                Map.entry("description", "Zq the provider's lead nurse leaves"),
                Map.entry("ownerName", "Zq Alex Commissioner"),
                Map.entry("ownerRole", "Commissioner"),
                Map.entry("likelihood", "3"),
                Map.entry("impact", "4"),
                Map.entry("mitigations", "Zq succession plan\nZq bank staff agreed"),
                Map.entry("residualLikelihood", "2"),
                Map.entry("residualImpact", "3")));
    assertThat(added.statusCode()).isEqualTo(302);
    String path = WebSession.path(added.headers().firstValue("Location").orElseThrow());
    String shown = Jsoup.parse(commissioner.get(path).body()).text();
    assertThat(shown)
        .contains("Zq the provider's lead nurse leaves")
        .contains("Possible (3) × Major (4) = 12, Medium")
        .contains("Unlikely (2) × Moderate (3) = 6, Medium")
        .contains("Zq succession plan")
        .contains("Risk added");

    HttpResponse<String> changed =
        commissioner.submit(
            commissioner.get(path + "/edit"),
            "main form[method=post]",
            Map.of(
                "likelihood", "5", "mitigations", "Zq succession plan\nZq second nurse trained"));
    assertThat(changed.statusCode()).isEqualTo(302);
    Document after = Jsoup.parse(commissioner.follow(changed).body());
    assertThat(after.text()).contains("The risk is saved as version 2");
    Element latest = after.select("#history tbody tr").first();
    assertThat(latest.select("td").get(0).text()).isEqualTo("2");
    assertThat(latest.select("td").get(2).text()).isNotBlank();
    assertThat(latest.select("td").get(3).text())
        .contains(
            "Inherent rating: Possible (3) × Major (4) = 12, Medium → Almost certain (5) × Major (4) = 20, High")
        .contains("Mitigations changed")
        .contains("The risk as it was in version 2");
    assertThat(after.select("#history tbody tr")).hasSize(2);
    assertThat(after.select("#history tbody tr").get(1).text())
        .contains("Risk added")
        .contains("Zq bank staff agreed");
    UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    // Past versions are history: the database refuses to rewrite them.
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "update commissioning.risk_version set description = 'rewritten' where risk_id = ?")
                    .param(id)
                    .update())
        .hasMessageContaining("never changed");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where subject_id = ? and action like 'risk.%'")
                .param(id.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theSecondOfTwoEditorsIsToldTheRiskChanged() {
    WebSession first = as("commissioner");
    WebSession second = as("commissioner");
    UUID contract = contract();
    HttpResponse<String> added =
        first.submit(
            first.get("/commissioning/risks/new"),
            "main form[method=post]",
            Map.ofEntries(
                Map.entry("contract", contract.toString()),
                Map.entry("description", "Zq two editors at once"),
                Map.entry("ownerName", "Zq owner"),
                Map.entry("ownerRole", "Commissioner"),
                Map.entry("likelihood", "2"),
                Map.entry("impact", "2"),
                Map.entry("mitigations", "Zq watch it"),
                Map.entry("residualRating", "low")));
    String path = WebSession.path(added.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> firstForm = first.get(path + "/edit");
    HttpResponse<String> secondForm = second.get(path + "/edit");
    assertThat(
            first
                .submit(
                    firstForm,
                    "main form[method=post]",
                    Map.of("description", "Zq first editor's words"))
                .statusCode())
        .isEqualTo(302);
    HttpResponse<String> late =
        second.submit(
            secondForm,
            "main form[method=post]",
            Map.of("description", "Zq second editor's words"));
    assertThat(late.statusCode()).isEqualTo(409);
    Document html = Jsoup.parse(late.body());
    assertThat(html.select(".govuk-error-summary").text())
        .contains("This risk changed since you opened it");
    assertThat(html.select("#stale").text()).contains("Zq first editor's words");
    assertThat(html.select("#description").text()).isEqualTo("Zq second editor's words");
    String stored =
        jdbc.sql(
                "select description from commissioning.risk where description like 'Zq%editor''s words'")
            .query(String.class)
            .single();
    assertThat(stored).isEqualTo("Zq first editor's words");
    // Saving again, having seen the change, goes through.
    assertThat(second.submit(late, "main form[method=post]", Map.of()).statusCode()).isEqualTo(302);
  }

  @Test
  void badScoresHugeTextAndMarkupGetAnErrorSummary() {
    WebSession commissioner = as("commissioner");
    HttpResponse<String> form = commissioner.get("/commissioning/risks/new");
    for (String score : List.of("0", "6", "99999999999999999999", "-1", "2.5", "<b>3</b>")) {
      HttpResponse<String> sent =
          commissioner.submit(
              form,
              "main form[method=post]",
              Map.of(
                  "contract", contract().toString(),
                  "description", "<script>alert('zq')</script>",
                  "ownerName", "Zq owner",
                  "ownerRole", "Commissioner",
                  "likelihood", score,
                  "impact", "3",
                  "mitigations", "Zq mitigation",
                  "residualRating", "low"));
      assertThat(sent.statusCode()).as(score).isEqualTo(400);
      Document html = Jsoup.parse(sent.body());
      assertThat(html.select(".govuk-error-summary").text())
          .contains("Choose the likelihood, from 1 (rare) to 5 (almost certain)");
      assertThat(sent.body()).doesNotContain("<script>alert");
      assertThat(html.select("#description").text()).isEqualTo("<script>alert('zq')</script>");
    }
    HttpResponse<String> huge =
        commissioner.submit(
            form,
            "main form[method=post]",
            Map.of("description", "z".repeat(2001), "residualLikelihood", "7"));
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(huge.body()).select(".govuk-error-summary").text())
        .contains("The description must be 2,000 characters or fewer")
        .contains("Choose the contract the risk is about")
        .contains("Choose both the residual likelihood and the residual impact");
    HttpResponse<String> nul =
        commissioner.submit(form, "main form[method=post]", Map.of("description", "Zq\u0000nul"));
    assertThat(nul.statusCode()).isEqualTo(400);
    assertThat(
            jdbc.sql(
                    "select count(*) from commissioning.risk where description like '%alert%' or description like 'Zq%nul'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void theAllianceManagerKeepsAllianceRisksWhichOthersOnlyRead() {
    UUID risk =
        jdbc.sql("select id from commissioning.risk where area = 'Alliance budget'")
            .query(UUID.class)
            .single();
    WebSession leader = as("leader");
    assertThat(leader.get("/alliance/risks/" + risk).body())
        .contains("Demand-led spending")
        .doesNotContain("Change this risk");
    assertThat(leader.get("/alliance/risks/" + risk + "/edit").statusCode()).isEqualTo(403);
    assertThat(leader.get("/alliance/risks/new").statusCode()).isEqualTo(403);
    WebSession commissioner = as("commissioner");
    assertThat(commissioner.get("/alliance/risks/" + risk + "/edit").statusCode()).isEqualTo(403);
    // An alliance risk is not one of the contract risks' pages.
    assertThat(commissioner.get("/commissioning/risks/" + risk).statusCode()).isEqualTo(404);

    WebSession manager = as("manager");
    HttpResponse<String> changed =
        manager.submit(
            manager.get("/alliance/risks/" + risk + "/edit"),
            "main form[method=post]",
            Map.of("residualLikelihood", "2"));
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(Jsoup.parse(manager.follow(changed).body()).select("#history").text())
        .contains(
            "Residual rating: Possible (3) × Moderate (3) = 9, Medium → Unlikely (2) × Moderate (3) = 6, Medium");
    assertThat(as("practitioner").get("/alliance/risks").statusCode()).isEqualTo(403);
    assertThat(as("editor").get("/commissioning/risks").statusCode()).isEqualTo(403);
  }

  @Test
  void overdueReviewsShowOnTheOwnersAndTheCommissionersHomePages() {
    String commissioner = Jsoup.parse(as("commissioner").get("/").body()).text();
    assertThat(commissioner).containsPattern("\\d+ risks? (is|are) past (its|their) review date");
    String manager = Jsoup.parse(as("manager").get("/").body()).text();
    assertThat(manager)
        .containsPattern("\\d+ risks? you own (is|are) past (its|their) review date");
    String leader = Jsoup.parse(as("leader").get("/").body()).text();
    assertThat(leader).doesNotContainPattern("past (its|their) review date");
    HttpResponse<String> overdue = as("manager").get("/alliance/risks?due=overdue");
    assertThat(Jsoup.parse(overdue.body()).select("#risks").text())
        .contains("A member leaves the alliance")
        .contains("Overdue");
  }

  @Test
  void theRegisterDownloadsAsCsv() {
    HttpResponse<String> csv =
        as("commissioner").get("/commissioning/risks.csv?status=any&rating=medium");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("Reference,Level,Contract,Area,Risk,Owner")
        .contains("Providers refuse contract variations")
        .doesNotContain("No bids received");
  }
}
