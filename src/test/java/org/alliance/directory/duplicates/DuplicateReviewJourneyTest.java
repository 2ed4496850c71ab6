package org.alliance.directory.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliance.BrowserTest;
import org.alliance.directory.feeds.FeedFixtures;
import org.alliance.directory.feeds.FeedPull;
import org.alliance.directory.feeds.Feeds;
import org.alliance.directory.feeds.LoopbackPublisher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor works through the duplicate queue after a feed's pull: compares a pair field by field,
 * links it, sees it among the decisions, undoes it; tries to save without choosing. Every page
 * passes axe; an administrator looks for duplicates again.
 */
class DuplicateReviewJourneyTest extends BrowserTest {

  @Autowired Feeds feeds;
  @Autowired FeedPull pull;
  @Autowired JdbcClient jdbc;

  @Test
  void anEditorComparesLinksAndUndoesAPair() {
    try (LoopbackPublisher publisher = new LoopbackPublisher().page(1, "duplicates-page.json")) {
      var feed =
          feeds
              .addFromCommand(
                  new Feeds.Draft(publisher.url(), "oruk3", "Kelston <i>FIS</i>", "24"), "test")
              .feed();
      assertThat(pull.pull(feed.id()).outcome()).isEqualTo("imported");
      try {
        Page editor = signedIn("editor");
        editor.navigate(url("/directory/duplicates/review"));
        assertThat(heading(editor)).isEqualTo("Duplicates to review");
        assertThat(editor.locator("#waiting").innerText())
            .contains("Brackenford Recovery Cafe", "Kelston <i>FIS</i>", "same phone number");
        assertThat(editor.content()).doesNotContain("<i>FIS</i>");
        assertThat(
                editor
                    .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Look for duplicates again"))
                    .count())
            .isZero();
        assertAccessible(editor);

        editor.locator("#waiting a:has-text('Brackenford Recovery Caf')").first().click();
        assertThat(heading(editor)).isEqualTo("Are these the same service?");
        assertThat(editor.locator("#comparison").innerText())
            .contains(
                "Website",
                "https://brackenfordrecoverycafe.org.uk/evenings",
                "from Kelston <i>FIS</i>",
                "Just come in.",
                "from Alliance's editors");
        assertAccessible(editor);

        editor
            .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision"))
            .click();
        assertThat(editor.locator(".govuk-error-summary").innerText())
            .contains("Choose whether these are the same service or different services");
        assertAccessible(editor);

        editor.getByLabel("The same service: link them and publish them as one").check();
        editor
            .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision"))
            .click();
        assertThat(editor.locator(".govuk-notification-banner").innerText())
            .contains("they now publish as one service");
        assertThat(editor.locator("#decided").innerText()).contains("Same service (linked)");
        assertAccessible(editor);

        editor.locator("#decided a:has-text('Brackenford Recovery Caf')").first().click();
        editor
            .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this decision"))
            .click();
        assertThat(editor.locator(".govuk-notification-banner").innerText())
            .contains("wait for review again");
        assertAccessible(editor);

        Page admin = signedIn("admin");
        admin.navigate(url("/directory/duplicates/review"));
        admin
            .getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Look for duplicates again"))
            .click();
        assertThat(admin.locator(".govuk-notification-banner").innerText())
            .contains("pairs wait for review");
      } finally {
        FeedFixtures.retire(jdbc, feed.id());
      }
    }
  }
}
