package org.alliance.support.ndtms;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practitioner records someone's consent to NDTMS and their episode's treatment details and a
 * modality (mistakes first, so the error summaries are seen); the member's data lead then finds
 * them in this month's return. Every page is checked with axe-core.
 */
class NdtmsJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  @Test
  void recordTheDetailsThenSeeTheReturn() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    UUID person =
        fixture.person(
            "Zqjourney", "Zqnational", LocalDate.of(2001, 3, 4), fixture.user("practitioner"));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    Page page = signedIn("practitioner");
    page.navigate(url("/people/" + person));
    link(page, "National return (NDTMS): their consent and details").click();
    assertThat(heading(page)).isEqualTo("NDTMS: consent and client details");
    assertAccessible(page);
    button(page, "Save").click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Say whether they consent to NDTMS");
    assertAccessible(page);
    page.getByLabel("Yes, they consent").check();
    page.selectOption("#sex", new SelectOption().setValue("F"));
    page.selectOption("#ethnicity", new SelectOption().setValue("A"));
    button(page, "Save").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("Their NDTMS details are saved");

    page.locator("a[href$='/ndtms']")
        .filter(new Locator.FilterOptions().setHasText("NDTMS"))
        .last()
        .click();
    assertThat(heading(page)).isEqualTo("NDTMS treatment details");
    assertAccessible(page);
    date(page, "referred", today);
    date(page, "triaged", today.minusDays(1));
    button(page, "Save the treatment details").click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Triage must be on or after the referral");
    assertAccessible(page);
    date(page, "triaged", today);
    page.selectOption("#referralSource", new SelectOption().setValue("XSELF"));
    page.selectOption("#substance1", new SelectOption().setValue("XCAN"));
    page.fill("#substance1Age", "14");
    page.selectOption("#substance1Route", new SelectOption().setValue("XSMK"));
    page.selectOption("#injectingStatus", new SelectOption().setValue("N"));
    page.selectOption("#parentalStatus", new SelectOption().setValue("14"));
    button(page, "Save the treatment details").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("treatment details are saved");

    link(page, "Add a modality").click();
    assertThat(heading(page)).isEqualTo("Add a modality");
    assertAccessible(page);
    date(page, "referred", today);
    button(page, "Save the modality").click();
    assertThat(page.locator(".govuk-error-summary").innerText()).contains("Choose the modality");
    assertAccessible(page);
    page.selectOption("#modality", new SelectOption().setValue("XYPMOT"));
    page.selectOption("#setting", new SelectOption().setValue("XCOM"));
    button(page, "Save the modality").click();
    assertThat(page.locator("table").innerText()).contains("XYPMOT");
    assertAccessible(page);

    Page lead = signedIn("datalead");
    lead.navigate(url("/"));
    assertThat(heading(lead)).isEqualTo("National returns");
    link(lead, "National returns").first().click();
    assertThat(heading(lead)).isEqualTo("National return (NDTMS)");
    lead.selectOption("#month", new SelectOption().setValue(YearMonth.from(today).toString()));
    button(lead, "Show the return").click();
    assertThat(lead.locator("#rows").innerText()).isNotEqualTo("0");
    assertThat(lead.content()).contains("Download the extract").doesNotContain("Zqnational");
    assertAccessible(lead);
  }

  private static void date(Page page, String prefix, LocalDate day) {
    page.fill("#" + prefix + "Day", String.valueOf(day.getDayOfMonth()));
    page.fill("#" + prefix + "Month", String.valueOf(day.getMonthValue()));
    page.fill("#" + prefix + "Year", String.valueOf(day.getYear()));
  }

  private static Locator link(Page page, String name) {
    return page.locator("#main-content, header, nav")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
  }

  private static Locator button(Page page, String name) {
    return page.locator("#main-content")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
  }
}
