package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A practitioner records a contact, books an appointment, and records that it was missed. */
class RecordContactJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  @Test
  void recordAContactAndAMissedAppointment() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    UUID person =
        fixture.person(
            "Zqjourney", "Zqappointments", LocalDate.of(2007, 7, 7), fixture.user("practitioner"));
    LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);

    Page page = signedIn("practitioner");
    page.navigate(url("/people/" + person));
    assertThat(heading(page)).isEqualTo("Zqjourney Zqappointments");
    assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a contact")).click();
    assertThat(heading(page)).isEqualTo("Record a contact");
    assertAccessible(page);
    page.fill("#time", "");
    button(page, "Record the contact").click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Choose how the contact happens")
        .contains("Enter the time");
    assertAccessible(page);
    page.getByLabel("Face to face", new Page.GetByLabelOptions().setExact(true)).check();
    page.fill("#whenDay", String.valueOf(yesterday.getDayOfMonth()));
    page.fill("#whenMonth", String.valueOf(yesterday.getMonthValue()));
    page.fill("#whenYear", String.valueOf(yesterday.getYear()));
    page.fill("#time", "11:15");
    page.getByLabel("Attended", new Page.GetByLabelOptions().setExact(true)).check();
    page.fill("#summary", "Zq talked through the week ahead");
    button(page, "Record the contact").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("The contact is recorded");
    assertThat(page.content()).contains("Zq talked through the week ahead");
    assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book an appointment"))
        .click();
    assertThat(heading(page)).isEqualTo("Book an appointment");
    assertAccessible(page);
    LocalDate soon = yesterday.plusDays(3);
    page.getByLabel("Phone", new Page.GetByLabelOptions().setExact(true)).check();
    page.fill("#whenDay", String.valueOf(soon.getDayOfMonth()));
    page.fill("#whenMonth", String.valueOf(soon.getMonthValue()));
    page.fill("#whenYear", String.valueOf(soon.getYear()));
    page.fill("#time", "2:30pm");
    button(page, "Book the appointment").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("The appointment is booked");
    assertAccessible(page);

    // The day of the appointment comes and goes.
    jdbc.sql(
            "update support.contact set happens_at = now() - interval '2 hours'"
                + " where person_id = :p and outcome is null")
        .param("p", person)
        .update();
    page.reload();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the outcome"))
        .first()
        .click();
    assertThat(heading(page)).isEqualTo("Record the outcome");
    assertAccessible(page);
    button(page, "Record the outcome").click();
    assertThat(page.locator(".govuk-error-summary").innerText()).contains("Choose what happened");
    assertAccessible(page);
    page.getByLabel("Did not attend", new Page.GetByLabelOptions().setExact(true)).check();
    button(page, "Record the outcome").click();
    assertThat(page.locator(".govuk-notification-banner").innerText()).contains("Did not attend");
    assertAccessible(page);

    page.navigate(url("/people/follow-up"));
    assertThat(heading(page)).isEqualTo("Follow up");
    assertThat(page.locator("h2#missed + ul").innerText()).contains("Zqjourney Zqappointments");
    assertAccessible(page);

    page.navigate(url("/people"));
    assertThat(page.locator("tr:has-text('Zqjourney Zqappointments')").innerText())
        .contains("Missed last appointment");
    assertAccessible(page);
  }

  private static com.microsoft.playwright.Locator button(Page page, String name) {
    return page.locator("#main-content")
        .getByRole(
            AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name));
  }
}
