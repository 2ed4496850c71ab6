package org.alliance.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.alliance.BrowserTest;
import org.alliance.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service's page, from the demo directory: everything a person needs to get help, nothing unsafe.
 */
class ServicePageTests extends BrowserTest {

  static final String OPEN_ROAD = "8dd68de3-c9bc-43f7-bc90-9129d80d955a";

  @Autowired JdbcClient jdbc;

  @Test
  void showsWhoItIsForHowToGetHelpWhenAndWhere() {
    Page page = browser.newContext().newPage();
    page.navigate(url("/find-support/services/" + OPEN_ROAD));
    assertThat(heading(page)).isEqualTo("Open Road Young People's Drug and Alcohol Service");
    String text = page.locator("main").innerText();
    assertThat(text)
        .contains(
            "Ages 10 to 21",
            "How to get help",
            "Monday to Friday",
            "7 Carlton Yard",
            "BK1 3HN",
            "01632 960200",
            "Urdu",
            "Report a problem with this page",
            "Last checked");
    assertAccessible(page);
    page.getByText("Add to my list").click();
    assertThat(page.locator("main").innerText()).contains("On your list");
  }

  @Test
  void neverShowsARefugesAddress() {
    String refuge = "6bc155b6-2d2c-4103-b75a-48802a84e8dc";
    String service =
        jdbc.sql("select service_id from directory.service_at_location where location_id = ?")
            .param(refuge)
            .query(String.class)
            .list()
            .get(0);
    String street =
        jdbc.sql("select address_1 from directory.address where location_id = ?")
            .param(refuge)
            .query(String.class)
            .single();
    String body = new WebSession(port).get("/find-support/services/" + service).body();
    assertThat(body).contains("The address is not published").doesNotContain(street);
  }

  @Test
  void anUnknownServiceIsAGovukNotFoundPage() {
    var response = new WebSession(port).get("/find-support/services/no-such-service");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Page not found");
  }
}
