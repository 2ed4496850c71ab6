package org.alliance.directory.editing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor changes a service in the browser, an admin approves it, and the public page shows it.
 */
class ServiceEditingJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void anEditorsChangeIsApprovedAndPublished() {
    String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String organization = UUID.randomUUID().toString();
    String service = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into directory.organization (id, name, description, alliance_organisation_id) values"
                + " (?, ?, 'Test', (select organisation_id from identity.app_user where username = 'editor'))")
        .param(organization)
        .param("Journey Trust " + marker)
        .update();
    jdbc.sql(
            "insert into directory.service (id, organization_id, name, description, status) values (?, ?, ?, 'Help.', 'active')")
        .param(service)
        .param(organization)
        .param("Recovery cafe " + marker)
        .update();

    Page editor = signedIn("editor");
    editor
        .getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION)
        .getByText(
            "Services", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
        .click();
    assertThat(heading(editor)).isEqualTo("Services you look after");
    editor.getByLabel("Find a service by its name or organisation").fill(marker);
    editor.locator("main button:has-text('Search')").click();
    assertAccessible(editor);
    editor.locator("tr:has-text('" + marker + "') a:has-text('Change')").click();
    assertThat(heading(editor)).isEqualTo("Change this service");
    assertAccessible(editor);

    editor.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("");
    editor.getByLabel("Monday opens").fill("10:00");
    editor.getByText("Send for approval").click();
    assertThat(editor.locator(".govuk-error-summary").innerText())
        .contains("Enter the name of the service", "Enter the time it closes on Monday");
    assertThat(editor.title()).startsWith("Error:");
    assertAccessible(editor);

    editor
        .getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
        .fill("Recovery café " + marker);
    editor.getByLabel("Monday closes").fill("4pm");
    editor.getByLabel("What changed and why (optional)").fill("New Monday session");
    editor.getByText("Send for approval").click();
    assertThat(editor.locator(".govuk-notification-banner").innerText())
        .contains("Your change has been sent for approval");
    assertThat(editor.locator("table").innerText())
        .contains("Recovery café " + marker, "Monday, 10am to 4pm");
    assertAccessible(editor);

    Page admin = signedIn("admin");
    assertThat(admin.locator(".govuk-notification-banner").innerText())
        .contains("waiting for your approval");
    admin.getByText("See the changes").click();
    assertAccessible(admin);
    admin.locator("a:has-text('Recovery café " + marker + "')").click();
    assertAccessible(admin);
    admin.getByText("Approve and publish").click();
    assertThat(admin.locator(".govuk-notification-banner").innerText())
        .contains("The change has been published");
    assertAccessible(admin);

    admin.getByText("History").click();
    assertThat(admin.locator("table").innerText())
        .contains("Version 2", "Dan Mercer, approved by Sam Whitfield");
    assertAccessible(admin);
    admin.getByText("Version 2").click();
    assertAccessible(admin);

    Page visitor = browser.newContext().newPage();
    visitor.navigate(url("/find-support/services/" + service));
    assertThat(heading(visitor)).isEqualTo("Recovery café " + marker);
    assertThat(visitor.content()).contains("Monday, 10am to 4pm");
  }
}
