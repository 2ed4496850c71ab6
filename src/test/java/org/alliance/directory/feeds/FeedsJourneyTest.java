package org.alliance.directory.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * An administrator registers a publisher's feed, pulls it and reads the report by record; an editor
 * reads the same pages without the forms. Every page passes axe.
 */
class FeedsJourneyTest extends BrowserTest {

  @Test
  void anAdministratorRegistersAFeedPullsItAndReadsItsReport() {
    try (LoopbackPublisher publisher =
        new LoopbackPublisher().page(1, "oruk3-page-1.json").page(2, "oruk3-page-2.json")) {
      Page admin = signedIn("admin");
      admin.navigate(url("/directory/feeds"));
      assertThat(heading(admin)).isEqualTo("Feeds");
      assertAccessible(admin);

      admin
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register feed"))
          .click();
      assertThat(admin.title()).startsWith("Error:");
      assertThat(admin.locator(".govuk-error-summary").innerText())
          .contains("Enter the feed's web address");
      assertAccessible(admin);

      admin.getByLabel("Web address of the feed\u2019s services list").fill(publisher.url());
      admin.getByLabel("Name (optional)").fill("Kelston <b>Family</b> Information");
      admin.getByLabel("Open Referral UK 3.0").check();
      admin
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register feed"))
          .click();
      assertThat(heading(admin)).isEqualTo("Kelston <b>Family</b> Information");
      assertThat(admin.content()).doesNotContain("<b>Family</b>");
      assertThat(admin.content()).contains("Not pulled yet.");
      assertAccessible(admin);

      admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pull it now")).click();
      assertThat(admin.locator(".govuk-notification-banner").innerText())
          .contains("Pulled: 2 pages, 6 records: 3 taken (2 after repairs), 3 skipped");
      assertThat(admin.locator("#report").innerText())
          .contains(
              "svc-3", "Skipped", "no name", "svc-2", "Repaired", "maximum_age -1 read as not set");
      assertAccessible(admin);

      // The feed drops a record: an editor reviews it and withdraws it.
      publisher.body(2, "{\"total_pages\": 2, \"contents\": []}");
      admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pull it now")).click();
      assertThat(admin.locator("#gone").innerText())
          .contains("Kelston Youth Drop-in", "source id svc-5");
      assertAccessible(admin);

      Page editor = signedIn("editor");
      editor.navigate(url("/directory/feeds"));
      assertThat(editor.locator("#feeds").innerText())
          .contains("Kelston <b>Family</b> Information");
      assertThat(editor.locator("form[action$='/directory/feeds']").count()).isZero();
      editor.locator("#feeds a:has-text('Kelston')").first().click();
      assertThat(editor.locator("#report").innerText()).contains("no name");
      assertThat(
              editor
                  .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pull it now"))
                  .count())
          .isZero();
      assertAccessible(editor);
      editor.locator("#gone button").click();
      assertThat(editor.locator(".govuk-notification-banner").innerText())
          .contains("Withdrawn: it no longer shows in searches or the API");
      assertThat(editor.locator("#gone").count()).isZero();
    }
  }
}
