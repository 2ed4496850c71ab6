package org.alliance.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The risk register and a contract review in a real browser, every page checked with axe-core: a
 * commissioner adds a contract risk (a mistake first), changes it and reads its history; the
 * alliance manager filters the alliance's risks; a commissioner reviews a contract against the demo
 * checklist and gives the alliance manager an overdue action, which the manager finds on their home
 * page and marks done.
 */
class RiskAndReviewJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  private UUID contract() {
    return jdbc.sql(
            """
            insert into commissioning.contract (reference, service, start_on, end_on)
            values ('ZQ-JOURNEY', 'Zq journey recovery service', date '2024-04-01', date '2029-03-31')
            on conflict (reference) do update set service = excluded.service
            returning id
            """)
        .query(UUID.class)
        .single();
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void aRiskIsAddedChangedAndItsHistoryRead() {
    UUID contract = contract();
    Page page = signedIn("commissioner");
    link(page, "Risk register").first().click();
    assertThat(heading(page)).isEqualTo("Risk register");
    assertThat(page.locator("#risks").innerText()).contains("Procurement Activity is delayed");
    assertAccessible(page);

    link(page, "Add a contract risk").click();
    assertThat(heading(page)).isEqualTo("Add a contract risk");
    assertAccessible(page);
    page.selectOption("#contract", contract.toString());
    page.fill("#description", "Zq journey: the recovery hub's lease ends early");
    page.fill("#ownerName", "Zq Sam Commissioner");
    page.fill("#ownerRole", "Commissioner");
    page.fill("#mitigations", "Zq second site identified\nZq landlord talks every month");
    page.selectOption("#residualRating", "medium");
    button(page, "Add the risk").click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Choose the likelihood")
        .contains("Choose the impact");
    assertAccessible(page);
    page.selectOption("#likelihood", "2");
    page.selectOption("#impact", "5");
    button(page, "Add the risk").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("The risk is added to the register");
    assertThat(page.locator("#risk").innerText())
        .contains("Unlikely (2) × Severe (5) = 10, Medium");
    assertAccessible(page);

    link(page, "Change this risk").click();
    assertAccessible(page);
    page.selectOption("#likelihood", "4");
    button(page, "Save a new version").click();
    assertThat(page.locator("#history").innerText())
        .contains(
            "Inherent rating: Unlikely (2) × Severe (5) = 10, Medium → Likely (4) × Severe (5) = 20, High");
    page.locator("#history summary").first().click();
    assertAccessible(page);

    Page manager = signedIn("manager");
    link(manager, "Alliance risks").first().click();
    assertThat(heading(manager)).isEqualTo("Alliance risks");
    manager.selectOption("#rating", "medium");
    button(manager, "Filter").click();
    assertThat(manager.locator("#risks").innerText())
        .contains("Demand-led spending")
        .contains("Providers refuse contract variations")
        .doesNotContain("No bids received")
        .doesNotContain("Zq journey");
    assertAccessible(manager);
  }

  @Test
  void aContractIsReviewedAndItsActionReachesItsOwner() {
    UUID contract = contract();
    Page page = signedIn("commissioner");
    link(page, "Contract reviews").first().click();
    assertThat(heading(page)).isEqualTo("Contract reviews");
    assertAccessible(page);
    link(page, "Start a review").click();
    assertAccessible(page);
    page.selectOption("#contract", contract.toString());
    page.selectOption(
        "#checklist",
        new SelectOption().setLabel("Young people's substance misuse services (Norfolk)"));
    button(page, "Start the review").click();
    assertThat(heading(page)).startsWith("Contract review of");
    assertThat(page.locator("#overall").innerText()).contains("Not assessed");
    assertAccessible(page);

    page.check("#rating-1-green");
    page.fill("#evidence-1", "Zq journey: outcome profiles for the year");
    page.check("#rating-7-amber");
    page.fill("#comment-7", "Zq protocol drafted, not yet signed");
    button(page, "Save and mark as completed").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("marked as completed");
    assertThat(page.locator("#overall").innerText()).contains("Amber");
    assertAccessible(page);

    LocalDate yesterday = LocalDate.now().minusDays(1);
    page.fill("#description", "Zq journey: sign the transition protocol");
    String managerName =
        jdbc.sql("select display_name from identity.app_user where username = 'manager'")
            .query(String.class)
            .single();
    page.selectOption("#owner", new SelectOption().setLabel(managerName));
    page.fill("#dueDay", String.valueOf(yesterday.getDayOfMonth()));
    page.fill("#dueMonth", String.valueOf(yesterday.getMonthValue()));
    page.fill("#dueYear", String.valueOf(yesterday.getYear()));
    button(page, "Add the action").click();
    assertThat(page.locator("#actions-table").innerText())
        .contains("Zq journey: sign the transition protocol")
        .contains("Overdue");
    assertAccessible(page);

    Page manager = signedIn("manager");
    assertThat(manager.locator("main").innerText())
        .containsPattern("review actions? (is|are) yours to do, \\d+ overdue");
    link(manager, "See your review actions").click();
    assertThat(heading(manager)).isEqualTo("Your review actions");
    assertThat(manager.locator("#my-actions tbody tr").first().innerText())
        .contains("Zq journey: sign the transition protocol")
        .contains("Overdue");
    assertAccessible(manager);
    manager
        .locator("#my-actions tbody tr")
        .filter(new Locator.FilterOptions().setHasText("Zq journey: sign the transition protocol"))
        .getByRole(AriaRole.BUTTON)
        .click();
    assertThat(manager.locator(".govuk-notification-banner").innerText())
        .contains("marked as done");
    assertThat(manager.locator("#my-actions").innerText()).contains("Done on");
    assertAccessible(manager);
  }
}
