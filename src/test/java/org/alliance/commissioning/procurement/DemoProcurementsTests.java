package org.alliance.commissioning.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's procurements as the demo commissioner sees them. */
@AllianceTest
class DemoProcurementsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private UUID procurement(String title) {
    return jdbc.sql("select id from commissioning.procurement where title = ?")
        .param(title)
        .query(UUID.class)
        .single();
  }

  @Test
  void theYoungPeoplesTenderIsPartWayThroughEvaluation() {
    WebSession priya = WebSession.signedIn(port, "commissioner", "alliance-demo");
    UUID p = procurement("Young people's drug and alcohol prevention and treatment service");
    Document page = Jsoup.parse(priya.get("/commissioning/procurements/" + p).body());
    assertThat(page.text())
        .contains("Competitive process")
        .contains("Provider Selection Regime 2023 (health care services)")
        .contains("Jonah Reid: conflict of interest declared with Northway Health CIC")
        .contains("Moderated 8 of 8 scores");
    assertThat(page.select("#ranking-1 tbody tr").eachText())
        .containsExactly(
            "1 Brightpath Youth Trust 80.00",
            "2 Northway Health CIC 76.00",
            "Out Riverside Young Minds Ltd Failed Insurance: employer's liability and public"
                + " liability of £5 million each (Supplier questionnaire): Public liability"
                + " insurance of £2 million is below the £5 million required, and the bidder did"
                + " not undertake to raise it before the contract starts");

    UUID initial =
        jdbc.sql(
                "select id from commissioning.procurement_stage where procurement_id = ? and position = 2")
            .param(p)
            .query(UUID.class)
            .single();
    String base = "/commissioning/procurements/" + p + "/stages/" + initial;
    assertThat(Jsoup.parse(priya.get(base + "/moderation").body()).text())
        .contains("Waiting for: Jonah Reid")
        .doesNotContain("See my notes");
    UUID brightpath =
        jdbc.sql("select id from commissioning.bidder where name = 'Brightpath Youth Trust'")
            .query(UUID.class)
            .single();
    assertThat(Jsoup.parse(priya.get(base + "/bidders/" + brightpath).body()).text())
        .contains("See the evaluation notes")
        .doesNotContain("See my notes");

    // The second evaluator can sign in, is told moderation waits for them, and sees their own
    // draft only.
    WebSession jonah = WebSession.signedIn(port, "commissioner2", "alliance-demo");
    assertThat(Jsoup.parse(jonah.get("/").body()).text())
        .contains(
            "Moderation of Initial tenders for Young people's drug and alcohol prevention and"
                + " treatment service is waiting for your scores.");
    assertThat(Jsoup.parse(priya.get("/").body()).text())
        .doesNotContain("is waiting for your scores");
    assertThat(Jsoup.parse(jonah.get(base + "/bidders/" + brightpath).body()).text())
        .contains("See my notes")
        .doesNotContain("See the evaluation notes");
  }

  @Test
  void workforceTrainingIsADirectAwardUnderTheActWithItsStandstill() {
    WebSession priya = WebSession.signedIn(port, "commissioner", "alliance-demo");
    UUID p =
        procurement(
            "Workforce training for alliance staff: trauma-informed and asset-based practice");
    Document page = Jsoup.parse(priya.get("/commissioning/procurements/" + p).body());
    assertThat(page.text())
        .contains("Procurement Act 2023 (other services)")
        .contains("Direct award");
    assertThat(page.selectFirst("#standstill-ends").text())
        .isEqualTo("Midnight at the end of Wednesday 9 September 2026");
  }
}
