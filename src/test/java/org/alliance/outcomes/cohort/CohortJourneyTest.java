package org.alliance.outcomes.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Cohorts in a real browser, checked with axe-core on every page: from the dashboard to the demo's
 * made-up cohort, a form sent with mistakes and then right, and a file imported. The cohorts it
 * adds are named for it alone.
 */
class CohortJourneyTest extends BrowserTest {

  @Test
  void readTheDemoCohortAddOneAndImportAFile() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Page page = signedIn("manager");
    page.navigate(url("/outcomes"));
    page.locator("#cohorts-link").click();
    assertThat(heading(page)).isEqualTo("Before and after: cohorts");
    assertAccessible(page);

    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Frequent attenders with alcohol problems"))
        .click();
    assertThat(page.locator("#cohort-figures caption").innerText())
        .contains("the chart as a table");
    assertThat(page.locator("#cohort-facts").innerText()).contains("Made-up figures for the demo");
    assertAccessible(page);

    page.navigate(url("/outcomes/cohorts"));
    page.locator("#add-cohort").click();
    assertAccessible(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the cohort")).click();
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Enter the cohort's name", "Enter the first day before");
    assertAccessible(page);

    page.fill("#name", "Journey cohort " + suffix);
    page.fill("#people", "60");
    fillDate(page, "beforeFrom", "1", "4", "2030");
    fillDate(page, "beforeTo", "31", "3", "2031");
    fillDate(page, "afterFrom", "1", "4", "2031");
    fillDate(page, "afterTo", "31", "3", "2032");
    page.fill("#source", "Brackenshire Hospitals, made up for a test");
    page.fill("#bed-days-before", "300");
    page.fill("#bed-days-after", "120");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the cohort")).click();
    assertThat(heading(page)).isEqualTo("Journey cohort " + suffix);
    assertThat(page.locator("#cohort-figures tbody").innerText()).contains("-60.0%");
    assertAccessible(page);

    page.navigate(url("/outcomes/cohorts"));
    String file =
        String.join(",", CohortFile.COLUMNS)
            + "\nUploaded cohort "
            + suffix
            + ",,12,2030-01-01,2030-12-31,2031-01-01,2031-12-31,Police,arrests,20,11\n";
    page.setInputFiles(
        "#file", new FilePayload("cohorts.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the file")).click();
    assertThat(page.locator(".govuk-notification-banner__heading").innerText())
        .isEqualTo("Imported cohorts.csv: 1 added, 0 changed, 0 unchanged");
    assertAccessible(page);
  }

  private static void fillDate(Page page, String prefix, String day, String month, String year) {
    page.fill("#" + prefix + "Day", day);
    page.fill("#" + prefix + "Month", month);
    page.fill("#" + prefix + "Year", year);
  }
}
