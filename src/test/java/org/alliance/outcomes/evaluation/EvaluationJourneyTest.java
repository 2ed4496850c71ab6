package org.alliance.outcomes.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The pilot evaluation report in a real browser, checked with axe-core: reached from the
 * commissioner's navigation, a mistake in the months, then a period of the reader's choosing. It
 * changes nothing, so it passes alone or among the other tests.
 */
class EvaluationJourneyTest extends BrowserTest {

  @Test
  void chooseAPeriodAndReadTheReport() {
    Page page = signedIn("commissioner");
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluation report").setExact(true))
        .first()
        .click();
    // allInnerTexts does not wait: wait for the report's last section first.
    page.locator("#own-words").waitFor();
    assertThat(heading(page)).startsWith("Pilot evaluation report, ");
    assertThat(page.locator("h2").allInnerTexts())
        .contains(
            "Budget against spend",
            "People reached",
            "Indicators against targets",
            "Outcomes",
            "In people's own words");
    assertAccessible(page);

    page.fill("#from", "2041-13");
    page.fill("#to", "2040-01");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the report")).click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Enter the first month as a year and month, like 2025-04");
    assertThat(page.title()).startsWith("Error: ");
    assertAccessible(page);

    page.fill("#from", "2041-04");
    page.fill("#to", "2042-03");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the report")).click();
    page.locator("#own-words").waitFor();
    assertThat(heading(page)).isEqualTo("Pilot evaluation report, April 2041 to March 2042");
    assertThat(page.locator("#reached-total").innerText()).startsWith("All members");
    assertThat(
            page.getByRole(
                    AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download the report as a PDF"))
                .getAttribute("href"))
        .isEqualTo("/outcomes/evaluation.pdf?from=2041-04&to=2042-03");
    assertAccessible(page);
  }
}
