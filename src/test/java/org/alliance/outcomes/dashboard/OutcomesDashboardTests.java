package org.alliance.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each role's dashboard over real HTTP, on contacts of this test's own in months of 2011 (no other
 * test's or the demo's contacts fall there): at two demo members, every count 5 or more in March
 * and April so every figure shows and can be checked by hand, and May's too few to show how many
 * were missed.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesDashboardTests {

  private static final String RANGE = "from=2011-03&to=2011-04&period=month";
  private static final String YOUNG_PEOPLE = "Open Road Young People's Service";
  private static final String LEAD = "Brackenshire Recovery Partnership";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired org.alliance.support.Tallies tallies;

  private final UUID worker = UUID.randomUUID();

  @BeforeAll
  void fixture() {
    UUID youngPeople = member(YOUNG_PEOPLE);
    UUID lead = member(LEAD);
    UUID young = person(youngPeople);
    UUID older = person(lead);
    // March: Open Road 6 of 20 (30.0%), the partnership 10 of 40 (25.0%): 16 of 60 (26.7%).
    contacts(young, youngPeople, "2011-03-07T10:00:00Z", "did-not-attend", 6);
    contacts(young, youngPeople, "2011-03-08T10:00:00Z", "attended", 14);
    contacts(older, lead, "2011-03-07T10:00:00Z", "did-not-attend", 10);
    contacts(older, lead, "2011-03-08T10:00:00Z", "attended", 30);
    // April: Open Road 5 of 20 (25.0%), the partnership 5 of 40 (12.5%): 10 of 60 (16.7%).
    contacts(young, youngPeople, "2011-04-07T10:00:00Z", "did-not-attend", 5);
    contacts(young, youngPeople, "2011-04-08T10:00:00Z", "attended", 15);
    contacts(older, lead, "2011-04-07T10:00:00Z", "did-not-attend", 5);
    contacts(older, lead, "2011-04-08T10:00:00Z", "attended", 35);
    // May: 2 missed, 3 came: the 5 appointments may show, but not how many were missed.
    contacts(young, youngPeople, "2011-05-09T10:00:00Z", "did-not-attend", 2);
    contacts(young, youngPeople, "2011-05-10T10:00:00Z", "attended", 3);
    tallies.refreshNow();
  }

  private UUID member(String name) {
    return jdbc.sql("select id from organisation.organisation where name = :name")
        .param("name", name)
        .query(UUID.class)
        .single();
  }

  private UUID person(UUID member) {
    return jdbc.sql(
            """
            insert into support.person (given_name, family_name, registered_by_member,
                                        registered_by)
            values ('Zq', 'Dashboard', :member, :worker) returning id
            """)
        .param("member", member)
        .param("worker", worker)
        .query(UUID.class)
        .single();
  }

  private void contacts(UUID person, UUID member, String at, String outcome, int howMany) {
    for (int i = 0; i < howMany; i++) {
      jdbc.sql(
              """
              insert into support.contact (person_id, member_id, worker_id, mode, happens_at,
                                           outcome, recorded_by)
              values (:person, :member, :worker, 'phone', :at, :outcome, :worker)
              """)
          .param("person", person)
          .param("member", member)
          .param("worker", worker)
          .param("at", Timestamp.from(Instant.parse(at)))
          .param("outcome", outcome)
          .update();
    }
  }

  private Document page(String username, String path, int status) {
    HttpResponse<String> response = WebSession.signedIn(port, username, "alliance-demo").get(path);
    assertThat(response.statusCode()).as(path + " as " + username).isEqualTo(status);
    return Jsoup.parse(response.body());
  }

  private static List<String> rows(Document page, String tableId) {
    return page.select("#" + tableId + " tbody tr").stream().map(row -> row.text()).toList();
  }

  @Test
  void theCommissionerSeesTheAlliancesResultsAlone() {
    Document page = page("commissioner", "/outcomes?" + RANGE, 200);
    assertThat(page.select("#view-caption").text()).isEqualTo("The alliance's results");
    assertThat(page.select("h2 a").eachText()).contains("Did-not-attend rate");
    assertThat(rows(page, "trend-did-not-attend-rate"))
        .containsExactly("2011-03 26.7% 16 of 60", "2011-04 16.7% 10 of 60");
    assertThat(page.select("#indicator-did-not-attend-rate dl").text())
        .contains("The alliance, 2011-03 to 2011-04 21.7% (26 of 120) No target");
    assertThat(page.select("#members-did-not-attend-rate")).isEmpty();
    assertThat(page.text()).doesNotContain(YOUNG_PEOPLE);
    assertThat(page.select("#withheld-count").text())
        // Eleven indicators; the fixture gives only the did-not-attend rate anything to count.
        .isEqualTo(
            "None of the 66 counts and 33 rates on this page is withheld. 30 periods or groups"
                + " have nothing to count a rate against, marked [z].");
    // The chart: an image with a title and a description, beside its table.
    assertThat(page.select("#indicator-did-not-attend-rate svg[role=img]").attr("aria-labelledby"))
        .isEqualTo("chart-did-not-attend-rate-title chart-did-not-attend-rate-desc");
    assertThat(page.select("#chart-did-not-attend-rate-desc").text())
        .contains("2 periods, 2011-03 to 2011-04")
        .contains("Latest shown for The alliance: 16.7% in 2011-04");
    assertThat(page.select("#indicator-did-not-attend-rate svg polyline")).hasSize(1);
  }

  @Test
  void theLeadershipTeamSeesTheAlliancesResultsToo() {
    Document page = page("leader", "/outcomes?" + RANGE, 200);
    assertThat(page.select("#view-caption").text()).isEqualTo("The alliance's results");
    assertThat(page.select("#members-did-not-attend-rate")).isEmpty();
  }

  @Test
  void theAllianceManagerSeesEachMemberBesideTheAlliance() {
    Document page = page("manager", "/outcomes?" + RANGE, 200);
    assertThat(page.select("#view-caption").text())
        .isEqualTo("The alliance's results, and each member's");
    assertThat(rows(page, "trend-did-not-attend-rate"))
        .containsExactly("2011-03 26.7% 16 of 60", "2011-04 16.7% 10 of 60");
    assertThat(rows(page, "members-did-not-attend-rate"))
        .containsExactly(
            "The alliance 21.7% 26 of 120 No target 26.7% 16.7%",
            LEAD + " 18.8% 15 of 80 No target 25.0% 12.5%",
            YOUNG_PEOPLE + " 27.5% 11 of 40 No target 30.0% 25.0%");
  }

  @Test
  void aPractitionerSeesTheirOwnMemberBesideTheAlliance() {
    Document page = page("practitioner", "/outcomes?" + RANGE, 200);
    assertThat(page.select("#view-caption").text())
        .isEqualTo(
            YOUNG_PEOPLE
                + "'s figures as they are (you work with these people) beside the alliance's");
    assertThat(page.select("#trend-did-not-attend-rate thead th").eachText())
        .containsExactly("Period", "The alliance", YOUNG_PEOPLE);
    assertThat(rows(page, "trend-did-not-attend-rate"))
        .containsExactly(
            "2011-03 26.7% 16 of 60 30.0% 6 of 20", "2011-04 16.7% 10 of 60 25.0% 5 of 20");
    assertThat(page.text()).doesNotContain(LEAD);
    // Two series: the second is dashed with square markers, named in the legend.
    assertThat(page.select("#indicator-did-not-attend-rate svg polyline[stroke-dasharray]"))
        .hasSize(1);
    assertThat(page.select("#indicator-did-not-attend-rate svg text").eachText())
        .contains(YOUNG_PEOPLE + " (dashed line, square markers)");
  }

  @Test
  void aMembersDataLeadSeesTheirMemberToo() {
    Document page = page("datalead", "/outcomes?" + RANGE, 200);
    assertThat(page.select("#view-caption").text())
        .isEqualTo(
            YOUNG_PEOPLE
                + "'s figures as they are (you work with these people) beside the alliance's");
  }

  @Test
  void theEquityPageSplitsEachIndicatorWithTheGapsFromEveryone() {
    Document page = page("commissioner", "/outcomes/equity?by=age-band&" + RANGE, 200);
    assertThat(page.select("h1").text()).isEqualTo("Equity: outcomes by who people are");
    List<String> rows = rows(page, "gaps-did-not-attend-rate");
    assertThat(rows.get(0)).isEqualTo("Everyone 21.7% 26 of 120");
    assertThat(rows).hasSize(1 + page.select("#gaps-did-not-attend-rate tbody tr").size() - 1);
    Document bad = page("commissioner", "/outcomes/equity?by=member&" + RANGE, 400);
    assertThat(bad.select(".govuk-error-summary a").eachText())
        .containsExactly("Choose a characteristic or area from the list");
  }

  @Test
  void aPractitionerSeesTheirOwnMembersSmallNumbersAsTheyAre() {
    // May 2011: 2 missed of 5, all at the practitioner's own member. A commissioner sees [c]; the
    // practitioner works with these people and sees them, while the alliance's stay withheld.
    Document page = page("practitioner", "/outcomes?from=2011-05&to=2011-05", 200);
    String may = rows(page, "trend-did-not-attend-rate").get(0);
    assertThat(may).startsWith("2011-05 [c]").endsWith("40.0% 2 of 5");
    Document commissioner = page("commissioner", "/outcomes?from=2011-05&to=2011-05", 200);
    assertThat(commissioner.text()).doesNotContain("2 of 5", "40.0%");
  }

  @Test
  void aMonthOfSmallNumbersIsWithheldAndSaysSo() {
    Document page = page("commissioner", "/outcomes?from=2011-05&to=2011-05", 200);
    assertThat(rows(page, "trend-did-not-attend-rate")).containsExactly("2011-05 [c] [c] of 5");
    assertThat(page.select("#indicator-did-not-attend-rate dl").text())
        .contains("[c] ([c] of 5) No target")
        .contains("Rate withheld: a count it is made from is withheld");
    assertThat(page.select("#withheld-count").text())
        .startsWith("1 of 22 counts and 1 of 11 rates on this page are withheld, marked [c].");
    assertThat(page.select("#marks").text()).contains("[c] Withheld: a count from 1 to 4");
    assertThat(page.select("#chart-did-not-attend-rate-desc").text())
        .contains("0 points shown, 1 withheld");
  }

  @Test
  void badValuesAreNamedInAnErrorSummaryAndTheDefaultsShown() {
    Document page = page("commissioner", "/outcomes?from=2011-13&to=%3Cb%3E&period=fortnight", 400);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter the last month as a month written YYYY-MM, such as 2026-04",
            "Enter the first month as a month written YYYY-MM, such as 2026-04",
            "Choose month, quarter or year");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#to", "#from", "#period");
    assertThat(page.select("#to").val()).isEqualTo("<b>");
    assertThat(page.select("#trend-did-not-attend-rate tbody tr")).hasSize(12);
  }

  @Test
  void theDrillDownBreaksAnIndicatorDownByWhatIsChosen() {
    String path = "/outcomes/indicators/did-not-attend-rate?" + RANGE;
    Document byMember = page("commissioner", path + "&by=member", 200);
    assertThat(byMember.select("h1").text()).isEqualTo("Did-not-attend rate");
    assertThat(rows(byMember, "trend-table"))
        .containsExactly("2011-03 26.7% 16 of 60", "2011-04 16.7% 10 of 60");
    assertThat(rows(byMember, "breakdown-table"))
        .containsExactly(
            LEAD + " 18.8% 15 of 80 No target 25.0% 10 of 40 12.5% 5 of 40",
            YOUNG_PEOPLE + " 27.5% 11 of 40 No target 30.0% 6 of 20 25.0% 5 of 20");
    assertThat(byMember.select("#by option").eachAttr("value"))
        .contains("none", "member", "sex", "age-band");
    assertThat(byMember.select("#by option[selected]").val()).isEqualTo("member");

    Document bySex = page("practitioner", path + "&by=sex", 200);
    assertThat(rows(bySex, "breakdown-table"))
        .containsExactly("Not recorded 21.7% 26 of 120 No target 26.7% 16 of 60 16.7% 10 of 60");

    Document byNothing = page("manager", path, 200);
    assertThat(byNothing.select("#breakdown-table")).isEmpty();

    Document bad = page("manager", path + "&by=shoe-size", 400);
    assertThat(bad.select(".govuk-error-summary a").eachText())
        .containsExactly("Choose a breakdown from the list");

    page("commissioner", "/outcomes/indicators/no-such-indicator", 404);
  }

  @Test
  void theSameFiguresAsCsv() throws Exception {
    WebSession session = WebSession.signedIn(port, "commissioner", "alliance-demo");
    HttpResponse<String> csv =
        session.get("/outcomes/indicators/did-not-attend-rate.csv?" + RANGE + "&by=member");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains("did-not-attend-rate-2011-03-to-2011-04-by-month.csv");
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    assertThat(records)
        .anySatisfy(
            r -> {
              assertThat(r.get("Period")).isEqualTo("2011-03");
              assertThat(r.get("Group")).isEqualTo(YOUNG_PEOPLE);
              assertThat(r.get("Numerator")).isEqualTo("6");
              assertThat(r.get("Denominator")).isEqualTo("20");
              assertThat(r.get("Rate %")).isEqualTo("30.0");
              assertThat(r.get("Rate status")).isEqualTo("shown");
            });
    assertThat(records)
        .anySatisfy(
            r -> {
              assertThat(r.get("Period")).isEqualTo("All periods");
              assertThat(r.get("Group")).isEqualTo("Everyone");
              assertThat(r.get("Numerator")).isEqualTo("26");
            });

    HttpResponse<String> same =
        session.get("/outcomes/indicators/did-not-attend-rate?format=csv&" + RANGE + "&by=member");
    assertThat(same.body()).isEqualTo(csv.body());

    HttpResponse<String> withheld =
        session.get("/outcomes/indicators/did-not-attend-rate.csv?from=2011-05&to=2011-05");
    List<CSVRecord> may =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(withheld.body()))
            .getRecords();
    assertThat(may)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("Numerator")).isEmpty();
              assertThat(r.get("Numerator status")).isEqualTo("suppressed");
              assertThat(r.get("Rate status")).isEqualTo("suppressed");
            });

    assertThat(session.get("/outcomes/indicators/did-not-attend-rate.csv?period=week").statusCode())
        .isEqualTo(400);
  }

  @Test
  void theHomePageLinksTheDashboardForWorkersAndNotForThePerson() {
    for (String user : List.of("commissioner", "manager", "practitioner", "leader", "admin")) {
      Document home = page(user, "/", 200);
      assertThat(home.select("#main-content a[href=/outcomes]")).as(user).isNotEmpty();
    }
    HttpResponse<String> person =
        WebSession.signedIn(port, "person", "alliance-demo").get("/outcomes");
    assertThat(person.statusCode()).isEqualTo(403);
  }
}
