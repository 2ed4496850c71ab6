package org.alliance.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A commissioner finds gaps, overlaps and duplicates, and downloads them. */
class CoverageJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void showsGapsOverlapsAndDuplicates() {
    DirectoryFixture fixture = new DirectoryFixture(jdbc);
    String town = "Coverton " + fixture.marker;
    String needs =
        jdbc.sql("select id from directory.taxonomy where name = 'Alliance needs'")
            .query(String.class)
            .optional()
            .orElseGet(
                () -> {
                  String id = UUID.randomUUID().toString();
                  jdbc.sql(
                          "insert into directory.taxonomy (id, name, description) values (?, 'Alliance needs', 'x')")
                      .param(id)
                      .update();
                  return id;
                });
    String need = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into directory.taxonomy_term (id, name, description, taxonomy_id) values (?, ?, 'x', ?)")
        .param(need)
        .param("Gambling " + fixture.marker)
        .param(needs)
        .update();
    String emptyNeed = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into directory.taxonomy_term (id, name, description, taxonomy_id) values (?, ?, 'x', ?)")
        .param(emptyNeed)
        .param("Gaming " + fixture.marker)
        .param(needs)
        .update();
    for (int i = 0; i < 3; i++) {
      String service =
          fixture.service("Gambling support " + i, "Help.", 13, 52.45, -1.2, "BK1 1AA");
      jdbc.sql(
              "update directory.address set city = ? where location_id in "
                  + "(select location_id from directory.service_at_location where service_id = ?)")
          .param(town)
          .param(service)
          .update();
      jdbc.sql(
              "insert into directory.attribute (id, link_id, link_entity, taxonomy_term_id) values (?, ?, 'service', ?)")
          .param(UUID.randomUUID().toString())
          .param(service)
          .param(need)
          .update();
    }

    Page commissioner = signedIn("commissioner");
    commissioner.navigate(url("/directory/coverage?band=13+to+17"));
    assertThat(heading(commissioner)).isEqualTo("Coverage of services");
    String overlapRow =
        commissioner.locator("tr:has(th:text-is('Gambling " + fixture.marker + "'))").innerText();
    assertThat(overlapRow).contains("3").contains("Overlap");
    String gapRow =
        commissioner.locator("tr:has(th:text-is('Gaming " + fixture.marker + "'))").innerText();
    assertThat(gapRow).contains("Gap");
    assertAccessible(commissioner);

    commissioner.navigate(url("/directory/duplicates"));
    assertThat(commissioner.content())
        .contains("Gambling support 0 " + fixture.marker)
        .contains("similar names");
    assertAccessible(commissioner);

    WebSession http = WebSession.signedIn(port, "commissioner", "alliance-demo");
    var csv = http.get("/directory/coverage.csv?band=13+to+17");
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body()).contains("Gambling " + fixture.marker + ",").contains(town);
    assertThat(http.get("/directory/duplicates.csv").body())
        .contains("Gambling support 1 " + fixture.marker);
  }
}
