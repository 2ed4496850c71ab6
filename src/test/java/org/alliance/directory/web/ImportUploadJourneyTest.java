package org.alliance.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor uploads HSDS JSON: a bad file is refused with its problems listed, so is one touching
 * an organisation the editor does not look after, and a good one is imported.
 */
class ImportUploadJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void refusesABadFileWholeAndImportsAGoodOne() {
    String organization = UUID.randomUUID().toString();
    String service = UUID.randomUUID().toString();
    String good =
        """
        {"id": "%s", "name": "Uploaded wellbeing group", "status": "active",
         "organization": {"id": "%s", "name": "Upload Test Trust", "description": "Testing uploads"}}
        """
            .formatted(service, organization);
    String bad = good.replace("\"status\": \"active\"", "\"status\": \"open all hours\"");

    Page editor = signedIn("editor");
    editor.navigate(url("/directory/import"));
    assertThat(heading(editor)).isEqualTo("Import directory data");
    assertAccessible(editor);

    upload(editor, "bad.json", bad);
    assertThat(editor.locator(".govuk-error-summary").innerText())
        .contains("bad.json was not imported", "status");
    assertThat(count(service)).isZero();
    assertAccessible(editor);

    String theirs = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into directory.organization (id, name, description, alliance_organisation_id) "
                + "select ?, 'Journey Other Trust', 'Test', id from organisation.organisation "
                + "where id <> (select organisation_id from identity.app_user where username = 'editor') order by name limit 1")
        .param(theirs)
        .update();
    upload(editor, "theirs.json", good.replace(organization, theirs));
    editor.locator("#import-problems li").first().waitFor();
    assertThat(editor.locator("#import-problems li").count()).isEqualTo(1);
    assertThat(editor.locator("#import-problems").innerText())
        .contains(
            "theirs.json record 1 (id " + service + "): changes the entries of Journey Other Trust",
            "which you do not look after");
    assertThat(count(service)).isZero();
    assertAccessible(editor);

    upload(editor, "good.json", good);
    assertThat(editor.locator(".govuk-notification-banner").innerText())
        .contains("good.json imported");
    assertThat(count(service)).isEqualTo(1);
    assertAccessible(editor);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit.audit_event where action = 'directory.import-uploaded' and actor_username = 'editor'")
                .query(Integer.class)
                .single())
        .isPositive();

    upload(editor, "good.json", good);
    assertThat(editor.locator("#import-counts").innerText()).contains("unchanged");
  }

  private void upload(Page page, String name, String content) {
    page.locator("#file")
        .setInputFiles(
            new FilePayload(name, "application/json", content.getBytes(StandardCharsets.UTF_8)));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true))
        .click();
    // With its stylesheet, or axe measures unstyled links (seen on a loaded machine).
    page.waitForLoadState();
  }

  private int count(String service) {
    return jdbc.sql("select count(*) from directory.service where id = ?")
        .param(service)
        .query(Integer.class)
        .single();
  }
}
