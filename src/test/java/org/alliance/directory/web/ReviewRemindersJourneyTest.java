package org.alliance.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editors are reminded on their home page of entries not checked for six months, and review them.
 */
class ReviewRemindersJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void anOldEntryIsListedUntilTheEditorConfirmsIt() {
    DirectoryFixture fixture = new DirectoryFixture(jdbc);
    String stale =
        fixture.service("Tenancy support", "Help to keep a home.", 18, 52.45, -1.2, "BK1 1AA");
    String fresh = fixture.service("Food bank", "Food parcels.", 0, 52.45, -1.2, "BK1 1AA");
    jdbc.sql("update directory.service set assured_date = current_date - 200 where id = ?")
        .param(stale)
        .update();

    Page editor = signedIn("editor");
    assertThat(editor.locator(".govuk-notification-banner").innerText())
        .containsPattern(
            "\\d+ services? you look after ha(s|ve) not been checked for over 6 months");
    assertAccessible(editor);
    editor.getByText("Review them").click();
    assertThat(heading(editor)).isEqualTo("Reviews due");
    assertThat(editor.content())
        .contains("Tenancy support " + fixture.marker)
        .doesNotContain("Food bank " + fixture.marker);
    assertAccessible(editor);

    editor.locator("tr:has-text('" + fixture.marker + "') button").click();
    assertThat(editor.locator(".govuk-notification-banner").innerText())
        .contains("Marked as checked today");
    assertThat(editor.content()).doesNotContain("Tenancy support " + fixture.marker);
    assertThat(
            jdbc.sql("select assured_date = current_date from directory.service where id = ?")
                .param(stale)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where action = 'directory.service.checked' and subject_id = ?")
                .param(stale)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(fresh).isNotNull();
  }
}
