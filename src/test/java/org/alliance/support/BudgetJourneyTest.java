package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A budget in a real browser, checked with axe-core: set one up from the record (with a mistake
 * first), record a payment, see the balance; and the alliance manager's ISF return.
 */
class BudgetJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  @Test
  void setUpABudgetPayFromItAndSeeTheBalance() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    UUID person =
        fixture.person(
            "Zqjourney", "Zqbudgetjourney", LocalDate.of(1988, 3, 4), fixture.user("practitioner"));
    Page page = signedIn("practitioner");
    page.navigate(url("/people/" + person));
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Budgets: personal budgets and Individual Service Funds"))
        .click();
    assertThat(heading(page)).isEqualTo("Budgets");
    assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up a budget")).click();
    assertThat(heading(page)).isEqualTo("Set up a budget");
    assertAccessible(page);
    page.getByLabel("Personal budget, held by the alliance or council").check();
    page.fill("#allocation", "1,234.567");
    page.fill("#fundingSource", "Zq public health grant");
    page.fill("#wants", "Zq driving lessons so I can get to work");
    button(page, "Set up the budget").click();
    assertThat(page.locator(".govuk-error-summary").innerText()).contains("pounds and pence");
    assertAccessible(page);
    page.fill("#allocation", "£1,234.50");
    button(page, "Set up the budget").click();
    assertThat(heading(page)).isEqualTo("Budget statement");
    assertThat(page.locator("#balance").innerText()).contains("£1,234.50");
    assertAccessible(page);

    page.fill("#payWhat", "Zq first driving lesson");
    page.fill("#payTo", "Zq Brackenshire Driving School");
    page.fill("#payAmount", "32.17");
    button(page, "Record the payment").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("The payment is recorded");
    assertThat(page.locator("#balance").innerText()).contains("£1,202.33");
    assertThat(page.locator("#payments-table").innerText()).contains("Zq first driving lesson");
    assertAccessible(page);

    page.fill("#payWhat", "Zq a car");
    page.fill("#payAmount", "900");
    button(page, "Record the payment").click();
    assertThat(page.locator("#awaiting-total").innerText()).contains("£900.00");
    assertThat(page.locator("#balance").innerText()).contains("£1,202.33");
    assertAccessible(page);
  }

  @Test
  void theAllianceManagersReturn() {
    Page page = signedIn("manager");
    page.navigate(url("/budgets/isf-returns?month=2026-99"));
    assertThat(page.locator(".govuk-error-summary").innerText()).contains("Enter a month");
    assertAccessible(page);
  }

  private static Locator button(Page page, String name) {
    return page.locator("#main-content")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }
}
