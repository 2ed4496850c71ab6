package org.alliance.commissioning.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The ledger in a real browser, checked with axe-core: a finance lead records their member's spend
 * (with a mistake first) and corrects it; the alliance manager opens the composite report with its
 * chart, and the ISF returns page.
 */
class LedgerJourneyTest extends BrowserTest {

  @Test
  void aFinanceLeadRecordsSpendAndCorrectsIt() {
    Page page = signedIn("finance");
    // The shell's navigation does not list the member roles' items yet (web.ShellRoles), so the
    // journey starts at the ledger's address.
    page.navigate(url("/alliance/ledger"));
    assertThat(heading(page)).startsWith("Devolved budget");
    assertAccessible(page);

    page.locator("#lines-table")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Staffing"))
        .click();
    assertThat(heading(page)).isEqualTo("Staffing");
    assertAccessible(page);

    page.fill("#amount", "1,234.567");
    page.fill("#description", "Zq journey salaries");
    page.fill("#invoiceRef", "ZQ-INV-1");
    button(page, "Record the spend").click();
    assertThat(page.locator(".govuk-error-summary").innerText()).contains("2 decimal places");
    assertAccessible(page);

    page.fill("#amount", "1,234.56");
    button(page, "Record the spend").click();
    assertThat(page.locator(".govuk-notification-banner").innerText()).contains("£1,234.56");
    Locator row =
        page.locator("#entries-table tbody tr")
            .filter(new Locator.FilterOptions().setHasText("Zq journey salaries"));
    assertThat(row.innerText()).contains("£1,234.56");
    assertAccessible(page);

    row.getByRole(AriaRole.LINK).first().click();
    assertThat(heading(page)).startsWith("Ledger entry E");
    assertAccessible(page);
    page.fill("#amount", "-34.56");
    page.fill("#reason", "Zq part of the invoice was for another line");
    button(page, "Add the correction").click();
    assertThat(page.locator("#entry-net").innerText()).isEqualTo("£1,200.00");
    assertThat(page.locator("#corrections-table").innerText()).contains("-£34.56");
    assertAccessible(page);
  }

  @Test
  void theAllianceManagersCompositeReport() {
    Page page = signedIn("manager");
    page.navigate(url("/alliance/ledger"));
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("The composite financial report, by member and line"))
        .click();
    assertThat(heading(page)).startsWith("Composite financial report");
    assertThat(page.locator("svg.alliance-chart")).isNotNull();
    assertThat(page.locator("#by-member-table").innerText())
        .contains("Brackenshire Recovery Partnership");
    assertThat(page.locator("#by-line-table").innerText())
        .contains("Young people's alliance pilot (ring-fenced)")
        .contains("£96,000.00");
    assertAccessible(page);

    page.fill("#year", "20x5");
    button(page, "Show the year").click();
    assertThat(page.locator(".govuk-error-summary").innerText()).contains("Enter a financial year");
    assertAccessible(page);

    page.navigate(url("/alliance/ledger/isf-returns"));
    assertThat(heading(page)).isEqualTo("Individual Service Fund returns");
    assertAccessible(page);
  }

  private static Locator button(Page page, String name) {
    return page.locator("#main-content")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }
}
