package org.alliance.commissioning.options;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The options appraisal in a real browser, checked with axe-core on every page: the timeline of
 * every demo contract, adding a scenario of its own (a mistake first), adding an action to it, and
 * comparing it side by side with the demo's "align every end date to 2026". It changes only its own
 * scenario, so it passes alone or among the other tests.
 */
class OptionsJourneyTest extends BrowserTest {

  private static Locator button(Page page, String name) {
    return page.locator("#main-content")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void seeTheTimelineBuildAScenarioAndCompareIt() {
    String name = "Zq journey " + UUID.randomUUID().toString().substring(0, 8);
    Page page = signedIn("commissioner");
    page.navigate(url("/"));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Options").setExact(true))
        .first()
        .click();
    assertThat(heading(page)).isEqualTo("Options appraisal");
    assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contract timeline")).click();
    assertThat(heading(page)).isEqualTo("Contract timeline");
    String table = page.locator("#timeline-table").innerText();
    // Every one of the demo register's contracts, ended ones too.
    assertThat(table)
        .contains("Adult structured treatment – Substance 2 Solutions")
        .contains("Children & Young people prevention and treatment service - Ngage")
        .contains("Substance misuse recovery service including a housing offer")
        .contains("Family support service")
        .contains("Support to youth offenders")
        .contains("Workforce training in Drugs and Alcohol – Healthy Futures")
        .contains("Case management system – Care Path")
        .contains("Young people's alliance pilot");
    assertThat(page.locator("#timeline-table tbody tr").count()).isGreaterThanOrEqualTo(8);
    assertAccessible(page);

    page.navigate(url("/commissioning/options"));
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a scenario")).click();
    assertThat(heading(page)).isEqualTo("Add a scenario");
    assertAccessible(page);
    page.fill("#name", name);
    page.fill("#firstYear", "2024/25");
    page.fill("#lastYear", "2023/24");
    page.fill("#advantages", "Zq one procurement for everything\nZq a single end date");
    page.fill("#risks", "Zq the market cannot respond in time");
    button(page, "Add the scenario").click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("must not be before the first");
    assertAccessible(page);
    page.fill("#lastYear", "2025/26");
    button(page, "Add the scenario").click();
    assertThat(heading(page)).isEqualTo(name);
    assertAccessible(page);

    page.locator("#main-content")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Add an action"))
        .click();
    assertThat(heading(page)).isEqualTo("Add an action");
    page.selectOption(
        "#contract",
        new com.microsoft.playwright.options.SelectOption()
            .setLabel("Family support service (NN-FAMILY-2018)"));
    page.getByLabel("Most suitable provider process (Provider Selection Regime)").check();
    page.fill("#decideByDay", "1");
    page.fill("#decideByMonth", "10");
    page.fill("#decideByYear", "2023");
    page.fill("#newEndDay", "31");
    page.fill("#newEndMonth", "3");
    page.fill("#newEndYear", "2026");
    page.fill("#cost-2024", "-1");
    button(page, "Add the action").click();
    assertThat(page.locator(".govuk-error-summary").innerText()).contains("cannot be negative");
    assertAccessible(page);
    page.fill("#cost-2024", "170,000");
    page.fill("#cost-2025", "170000.50");
    button(page, "Add the action").click();
    assertThat(page.locator("#actions-table").innerText())
        .contains("Family support service")
        .contains("Most suitable provider process")
        .contains("£340,000.50");
    assertAccessible(page);

    page.selectOption(
        "#compare-with",
        new com.microsoft.playwright.options.SelectOption().setLabel(DemoOptions.OPTION_2));
    button(page, "Compare side by side").click();
    assertThat(heading(page)).contains(name).contains(DemoOptions.OPTION_2);
    String actions = page.locator("#compare-actions").innerText();
    assertThat(actions).contains("Most suitable provider process").contains("Negotiated award");
    String costs = page.locator("#costs").innerText();
    assertThat(costs).contains("£170,000.00").contains("£6,983,200.00").contains("£340,000.50");
    assertThat(page.locator("#compare-points").innerText())
        .contains("Zq a single end date")
        .contains("Alignment of contracts offers an opportunity");
    assertThat(
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download as PDF"))
                .getAttribute("href"))
        .startsWith("/commissioning/options/compare.pdf?scenario=");
    assertAccessible(page);
  }
}
