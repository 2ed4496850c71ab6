package org.alliance.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.alliance.BrowserTest;
import org.alliance.WebSession;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A visitor reports a problem on a service; the editors who look after it see it and close it. */
class ProblemReportJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired DirectoryIndex index;
  @Autowired Organisations organisations;

  @Test
  void aReportReachesTheServicesEditorsAndNoOneElse() {
    DirectoryFixture fixture = new DirectoryFixture(jdbc);
    String service =
        fixture.service("Needle exchange", "Harm reduction.", 16, 52.45, -1.2, "BK1 1AA");
    index.refresh(List.of(service));
    var editorsOrganisation =
        organisations.all().stream()
            .filter(o -> o.name().equals("Brackenshire Recovery Partnership"))
            .findFirst()
            .orElseThrow();
    var otherOrganisation =
        organisations.all().stream()
            .filter(o -> o.name().equals("Harbour Housing"))
            .findFirst()
            .orElseThrow();

    Page visitor = browser.newContext().newPage();
    visitor.navigate(url("/find-support/services/" + service + "/report-a-problem"));
    assertThat(heading(visitor)).isEqualTo("Report a problem with this page");
    assertAccessible(visitor);
    visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();
    assertThat(visitor.locator(".govuk-error-summary").innerText())
        .contains("Tell us what is wrong with this page");
    assertAccessible(visitor);
    visitor
        .getByLabel("What is wrong?")
        .fill("The Tuesday drop-in has moved to Thursday " + fixture.marker);
    visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();
    assertThat(heading(visitor)).isEqualTo("Thank you for your report");
    assertAccessible(visitor);

    link(fixture.organization, otherOrganisation.id());
    Page editor = signedIn("editor");
    editor.navigate(url("/directory/problem-reports"));
    assertThat(editor.content())
        .as("looked after by another organisation")
        .doesNotContain(fixture.marker);

    link(fixture.organization, editorsOrganisation.id());
    editor.navigate(url("/directory/problem-reports"));
    assertThat(editor.content()).contains("moved to Thursday " + fixture.marker);
    assertAccessible(editor);
    editor.locator(".govuk-summary-card:has-text('" + fixture.marker + "') button").click();
    assertThat(editor.locator(".govuk-notification-banner").innerText()).contains("Report closed");
    assertThat(editor.content()).doesNotContain(fixture.marker);
  }

  @Test
  void anUnknownServiceIsNotFound() {
    assertThat(
            new WebSession(port)
                .get("/find-support/services/no-such-service/report-a-problem")
                .statusCode())
        .isEqualTo(404);
    WebSession visitor = new WebSession(port);
    visitor.get("/sign-in"); // any page with a form, for the session's CSRF token
    assertThat(
            visitor
                .post(
                    "/find-support/services/no-such-service/report-a-problem",
                    Map.of("whatIsWrong", "x"))
                .statusCode())
        .isEqualTo(404);
  }

  private void link(String hsdsOrganization, java.util.UUID allianceOrganisation) {
    jdbc.sql("update directory.organization set alliance_organisation_id = ? where id = ?")
        .param(allianceOrganisation)
        .param(hsdsOrganization)
        .update();
  }
}
