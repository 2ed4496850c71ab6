package org.alliance.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each role's outcomes dashboard in a browser, reached from their home page, and the drill-down
 * with a breakdown chosen and a mistake made, each page checked with axe-core. On the demo's
 * figures, so mostly withheld: the pages must still say what they hold.
 */
class OutcomesDashboardJourneyTest extends BrowserTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "commissioner | The alliance's results",
        "leader       | The alliance's results",
        "manager      | The alliance's results, and each member's",
        "practitioner | Open Road Young People's Service's figures as they are (you work with these"
            + " people) beside the alliance's",
        "finance      | Brackenshire Recovery Partnership's figures beside the alliance's"
      })
  void eachRoleReachesTheirDashboardFromTheirHomePage(String username, String caption) {
    Page page = signedIn(username);
    page.locator("#main-content")
        .getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Outcomes")
                .setExact(true))
        .click();
    page.waitForURL(url("/outcomes"));
    assertThat(heading(page)).isEqualTo("Outcomes");
    assertThat(page.locator("#view-caption").innerText()).isEqualTo(caption);
    assertThat(page.locator("#withheld-count").innerText()).contains("counts and");
    assertThat(page.locator("#indicator-did-not-attend-rate svg[role=img]").count()).isEqualTo(1);
    assertThat(page.locator("#trend-did-not-attend-rate tbody tr").count()).isEqualTo(12);
    assertThat(page.locator("#members-did-not-attend-rate").count())
        .isEqualTo(username.equals("manager") ? 1 : 0);
    assertAccessible(page);
    page.context().close();
  }

  @Test
  void theDrillDownByABreakdownAndAMistakeCorrected() {
    Page page = signedIn("manager");
    page.navigate(url("/outcomes?period=quarter"));
    page.locator("#heading-did-not-attend-rate a").click();
    page.waitForURL(url("/outcomes/indicators/did-not-attend-rate") + "?**");
    assertThat(heading(page)).isEqualTo("Did-not-attend rate");
    assertThat(page.locator("#period").inputValue()).isEqualTo("quarter");
    assertAccessible(page);

    page.selectOption("#by", "age-band");
    page.locator("#range-form button").click();
    page.waitForSelector("#breakdown-table, #no-groups");
    assertThat(page.locator("#breakdown-heading").innerText()).isEqualTo("By age band");
    assertThat(page.locator("#csv-link").getAttribute("href")).contains("by=age-band");
    assertAccessible(page);

    page.fill("#from", "last spring");
    page.locator("#range-form button").click();
    page.waitForSelector(".govuk-error-summary");
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Enter the first month as a month written YYYY-MM");
    assertThat(page.locator("#trend-table tbody tr").count()).isGreaterThan(0);
    assertAccessible(page);
    page.context().close();
  }

  @Test
  void theEquityPageSplitsEveryIndicatorAndShowsTheGaps() {
    Page page = signedIn("commissioner");
    page.navigate(url("/outcomes"));
    page.locator("#equity-link").click();
    page.waitForURL(url("/outcomes/equity") + "?**");
    assertThat(heading(page)).isEqualTo("Equity: outcomes by who people are");
    assertThat(page.locator("#gaps-did-not-attend-rate").count()).isEqualTo(1);
    assertThat(page.locator("#gaps-did-not-attend-rate thead").innerText())
        .contains("Gap from everyone");
    assertAccessible(page);

    page.selectOption("#by", "area");
    page.locator("#equity-form button").click();
    page.waitForSelector("#gaps-did-not-attend-rate");
    assertThat(page.locator("#caption-did-not-attend-rate").innerText()).contains("by area");
    assertAccessible(page);

    page.navigate(url("/outcomes/equity?by=member"));
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Choose a characteristic or area from the list");
    assertAccessible(page);
    page.context().close();
  }
}
