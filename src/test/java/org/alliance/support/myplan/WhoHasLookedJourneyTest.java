package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a phone-sized screen (375 by 667) with axe-core: the demo person sees that their worker opened
 * their record, asks a question (with a mistake first), and their worker answers it.
 */
class WhoHasLookedJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void thePersonSeesWhoLookedAndAsksTheirWorker() {
    UUID person =
        jdbc.sql(
                """
                select a.person_id from support.person_account a
                  join identity.app_user u on u.id = a.user_id
                 where u.username = 'person'
                """)
            .query(UUID.class)
            .single();
    Page worker = signedIn("practitioner");
    worker.navigate(url("/people/" + person));
    assertThat(worker.content()).contains("Questions from them (");

    Page phone =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 667)).newPage();
    phone.navigate(url("/sign-in"));
    phone.fill("#username", "person");
    phone.fill("#password", "alliance-demo");
    phone.click("#main-content button[type=submit]");
    phone.waitForURL(url("/my-plan"));

    link(phone, "Who has looked at the record").click();
    assertThat(heading(phone)).isEqualTo("Who has looked at your record");
    assertThat(phone.content()).contains("Looked at your record", "A worker");
    assertFitsThePhone(phone);
    assertAccessible(phone);

    link(phone, "Ask your worker").click();
    assertThat(heading(phone)).isEqualTo("Ask your worker a question");
    assertAccessible(phone);
    button(phone, "Send my question").click();
    assertThat(phone.locator(".govuk-error-summary").innerText())
        .contains("Choose what your question is about", "Write your question");
    assertFitsThePhone(phone);
    assertAccessible(phone);
    phone.getByLabel("My plan", new Page.GetByLabelOptions().setExact(true)).check();
    phone.getByLabel("Your question").fill("Zq can we meet on a Friday?");
    button(phone, "Send my question").click();
    assertThat(phone.locator(".govuk-notification-banner").innerText())
        .contains("Your question was sent to");
    assertThat(phone.content()).contains("Zq can we meet on a Friday?", "No answer yet");
    assertAccessible(phone);

    // Their worker answers, so the demo data is left with nothing waiting.
    worker.navigate(url("/people/" + person + "/questions"));
    assertThat(heading(worker)).isEqualTo("Questions from them");
    assertAccessible(worker);
    worker.getByLabel("Your answer").first().fill("Zq yes, Fridays are fine");
    button(worker, "Send the answer").first().click();
    assertThat(worker.locator(".govuk-notification-banner").innerText())
        .contains("Your answer was sent");
    assertAccessible(worker);

    phone.reload();
    assertThat(phone.content()).contains("Zq yes, Fridays are fine");
    assertAccessible(phone);
  }

  private static com.microsoft.playwright.Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
  }

  private static com.microsoft.playwright.Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  /** Nothing wider than the screen: no sideways scrolling on a phone. */
  private static void assertFitsThePhone(Page page) {
    assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
        .as("fits 375 px")
        .isEqualTo(true);
  }
}
