package org.alliance.directory.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor teaches search a word their area uses; a visitor's search finds it at once and is told
 * what it was read as; bad words get an error summary; removing the word ends it.
 */
class SearchWordsJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void anEditorAddsAWordSearchReadsItAndTheyRemoveIt() {
    Page editor = signedIn("editor");
    editor.navigate(url("/directory/search-words"));
    assertThat(heading(editor)).isEqualTo("Search words");
    assertThat(editor.locator("#search-words").innerText()).contains("weed", "cannabis");
    assertAccessible(editor);

    add(editor, "", "");
    assertThat(editor.title()).startsWith("Error:");
    assertThat(editor.locator(".govuk-error-summary").innerText())
        .contains("Enter the word or words people use", "Enter the directory\u2019s word for it");
    assertAccessible(editor);

    add(editor, "<b>wacky</b> baccy", "cannabis");
    assertThat(editor.locator(".govuk-error-summary").innerText())
        .contains("Enter one to three words of letters, numbers, apostrophes or hyphens");
    add(editor, "Weed", "cannabis");
    assertThat(editor.locator(".govuk-error-summary").innerText())
        .contains("\u201cweed\u201d is already in the vocabulary");

    add(editor, "  Wacky   Baccy ", "Cannabis");
    assertThat(editor.locator(".govuk-notification-banner").innerText())
        .contains("Added \u201cwacky baccy\u201d: searches for it now find cannabis");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where action = 'directory.search-word.added' and subject_id = 'wacky baccy'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    Page visitor = browser.newContext().newPage();
    visitor.navigate(url("/find-support?q=wacky+baccy"));
    assertThat(visitor.locator("#search-reading").innerText())
        .contains("Showing services for cannabis.");
    assertThat(visitor.locator(".alliance-result").count()).isPositive();

    editor.navigate(url("/directory/search-words"));
    editor
        .locator("#search-words tr:has(td:text-is('wacky baccy'))")
        .getByRole(AriaRole.BUTTON)
        .click();
    assertThat(editor.locator(".govuk-notification-banner").innerText())
        .contains("Removed from the vocabulary");
    assertThat(editor.locator("#search-words").innerText()).doesNotContain("wacky baccy");
    visitor.navigate(url("/find-support?q=wacky+baccy"));
    assertThat(visitor.content()).doesNotContain("Showing services for cannabis");
  }

  private void add(Page editor, String words, String means) {
    editor.getByLabel("What people type").fill(words);
    editor.getByLabel("The directory\u2019s word for it").fill(means);
    editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add word")).click();
  }
}
