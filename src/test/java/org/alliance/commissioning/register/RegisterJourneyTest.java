package org.alliance.commissioning.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The register in a real browser, checked with axe-core: the register with its published table,
 * adding a contract (shares that do not make 100% first), its page, a year's value and its split,
 * and taking an extension option.
 */
class RegisterJourneyTest extends BrowserTest {

  private static Locator button(Page page, String name) {
    return page.locator("#main-content")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void addAContractSeeItsSplitAndTakeAnOption() {
    Page page = signedIn("commissioner");
    page.navigate(url("/commissioning/contracts?year=2023"));
    assertThat(heading(page)).isEqualTo("Contract register");
    assertThat(page.locator("#published-table").innerText()).contains("2,622").contains("3,395");
    assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a contract")).click();
    assertThat(heading(page)).isEqualTo("Add a contract");
    assertAccessible(page);
    page.fill("#reference", "ZQJ-1");
    page.fill("#service", "Zq journey treatment");
    page.fill("#endDay", "31");
    page.fill("#endMonth", "3");
    page.fill("#endYear", "2030");
    page.getByLabel("Brackenford City Council", new Page.GetByLabelOptions().setExact(true))
        .first()
        .fill("48.6");
    page.locator("input[name^=share-]").nth(1).fill("51.3");
    page.getByLabel("West Brackenshire Council").last().check();
    page.fill("#provider", "Zq Change Grow Live");
    page.fill("#valueYear", "2091");
    page.fill("#value", "5,394,200");
    button(page, "Add the contract").click();
    assertThat(page.locator(".govuk-error-summary").innerText()).contains("total exactly 100%");
    assertAccessible(page);
    page.locator("input[name^=share-]").nth(1).fill("51.4");
    button(page, "Add the contract").click();

    assertThat(heading(page)).isEqualTo("Zq journey treatment");
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("The contract is in the register");
    assertThat(page.locator("#values-caption").locator("xpath=..").innerText())
        .contains("£5,394,200.00")
        .contains("£2,621,581.20")
        .contains("£2,772,618.80");
    assertAccessible(page);

    page.fill("#optionMonths", "24");
    page.fill("#decideByDay", "30");
    page.fill("#decideByMonth", "9");
    page.fill("#decideByYear", "2029");
    button(page, "Add the option").click();
    assertThat(page.locator("#furthest-end").innerText()).isEqualTo("31 March 2032");
    button(page, "Take option 1").click();
    assertThat(page.locator("#details").innerText()).contains("to 31 March 2032");
    assertAccessible(page);

    // A provider entered by mistake comes off again; the button says which to a screen reader.
    button(page, "Remove provider Zq Change Grow Live").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("It is removed from the contract");
    assertThat(page.locator("#details").innerText()).doesNotContain("Zq Change Grow Live");
    assertAccessible(page);
  }

  @Test
  void theGrantsAlertsAndEditPagesAreAccessible() {
    Page page = signedIn("commissioner");
    page.navigate(url("/commissioning/grants"));
    assertThat(heading(page)).isEqualTo("Grants");
    assertThat(page.locator("#year-2023").innerText()).contains("1,010").contains("811");
    assertAccessible(page);
    page.navigate(url("/commissioning/grants/new"));
    assertAccessible(page);
    page.navigate(url("/commissioning/alerts"));
    assertThat(heading(page)).isEqualTo("End-date alerts");
    assertAccessible(page);
    page.navigate(url("/commissioning/contracts"));
    page.locator("#register")
        .getByRole(
            AriaRole.LINK,
            new Locator.GetByRoleOptions()
                .setName("Substance misuse recovery service including a housing offer")
                // Other tests add "Zq" contracts of the same name to the shared database.
                .setExact(true))
        .click();
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Change the contract's details and councils' shares"))
        .click();
    assertThat(heading(page)).isEqualTo("Change the contract");
    assertAccessible(page);
  }
}
