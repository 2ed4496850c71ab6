package org.alliance.directory.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator adds a subscriber, is shown its secret once, reads its delivery log as notices
 * go out, and removes it. Every page passes axe.
 */
class SubscriptionsJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired NoticeSender sender;

  @Test
  void anAdministratorAddsASubscriberReadsItsLogAndRemovesIt() {
    Page admin = signedIn("admin");
    admin.navigate(url("/directory/subscriptions"));
    assertThat(heading(admin)).isEqualTo("Change notices");
    assertAccessible(admin);

    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add subscriber")).click();
    assertThat(admin.title()).startsWith("Error:");
    assertThat(admin.locator(".govuk-error-summary").innerText())
        .contains("Enter the address that should receive the notices");
    assertAccessible(admin);

    // Nobody listens on this port: the notice will be tried and logged as unreachable.
    String address = "http://127.0.0.1:9/alliance-changes";
    admin.getByLabel("Address that receives the notices").fill(address);
    admin.getByLabel("Who it is (optional)").fill("<script>alert(1)</script> Test");
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add subscriber")).click();
    assertThat(heading(admin)).isEqualTo("Subscriber added");
    assertThat(admin.locator("#secret").innerText()).startsWith("whsec_");
    assertAccessible(admin);

    jdbc.sql(
            "insert into directory.change (resource_type, resource_id) values ('service', 'journey-notice')")
        .update();
    sender.sendDue(500);
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Its delivery log")).click();
    assertThat(admin.locator("#deliveries").innerText())
        .contains("service journey-notice", "Retrying", "could not reach it");
    assertThat(admin.content()).doesNotContain("<script>alert(1)</script>");
    assertAccessible(admin);

    admin
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove this subscriber"))
        .click();
    assertThat(admin.locator(".govuk-notification-banner").innerText())
        .contains("Subscription removed");
    assertThat(admin.content()).doesNotContain(address);

    Page editor = signedIn("editor");
    editor.navigate(url("/directory/subscriptions"));
    assertThat(editor.content()).doesNotContain("Add subscriber");
  }
}
