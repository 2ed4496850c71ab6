package org.alliance.commissioning.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.WebSession;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An evaluation with moderation in a real browser, checked with axe-core: the demo commissioner
 * declares no conflict, scores a bidder (with a mistake first), submits; a second evaluator (over
 * HTTP) has scored and submitted too; the stage is moderated (a missing reason first) and the
 * ranking follows the consensus.
 */
class EvaluationJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;

  @Test
  void scoreAloneSubmitAndModerate() {
    WebSession lead = WebSession.signedIn(port, "commissioner", "alliance-demo");
    UserAccount leadAccount = users.findByUsername("commissioner").orElseThrow();
    String username = "zq-journey-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Zq journey evaluator password";
    UserAccount second =
        users.create(
            new NewUser(
                username,
                "Zq Second Evaluator",
                null,
                leadAccount.organisationId(),
                Set.of(Role.COMMISSIONER),
                password),
            true);
    WebSession other = WebSession.signedIn(port, username, password);

    String location =
        lead.post(
                "/commissioning/procurements",
                Map.of(
                    "title", "Zq journey tender",
                    "route", "psr-most-suitable",
                    "startDay", "1",
                    "startMonth", "10",
                    "startYear", "2026"))
            .headers()
            .firstValue("Location")
            .orElseThrow();
    UUID p = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    UUID stage =
        jdbc.sql("select id from commissioning.procurement_stage where procurement_id = ?")
            .param(p)
            .query(UUID.class)
            .single();
    lead.post(
        "/commissioning/procurements/" + p + "/bidders",
        Map.of("bidderName", "Zq Journey Bidder", "bidderOrganisation", ""));
    UUID bidder =
        jdbc.sql("select id from commissioning.bidder where procurement_id = ?")
            .param(p)
            .query(UUID.class)
            .single();
    lead.post(
        "/commissioning/procurements/" + p + "/evaluators",
        Map.of("evaluator", leadAccount.id().toString()));
    lead.post(
        "/commissioning/procurements/" + p + "/evaluators",
        Map.of("evaluator", second.id().toString()));
    // The second evaluator scores every key criterion 2 of 5 and submits.
    other.post(
        "/commissioning/procurements/" + p + "/bidders/" + bidder + "/conflicts",
        Map.of("stage", stage.toString(), "conflict", "none", "detail", ""));
    Map<String, String> theirs = new java.util.HashMap<>();
    jdbc.sql("select id from commissioning.tender_question where stage_id = ?")
        .param(stage)
        .query(UUID.class)
        .list()
        .forEach(
            q -> {
              theirs.put("score-" + q, "2");
              theirs.put("rationale-" + q, "Zq their reasoning");
            });
    other.post(
        "/commissioning/procurements/" + p + "/stages/" + stage + "/bidders/" + bidder + "/scores",
        theirs);
    other.post("/commissioning/procurements/" + p + "/stages/" + stage + "/submission", Map.of());

    Page page = signedIn("commissioner");
    page.navigate(url("/commissioning/procurements"));
    assertThat(heading(page)).isEqualTo("Procurement");
    assertAccessible(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zq journey tender")).click();
    assertThat(heading(page)).isEqualTo("Zq journey tender");
    assertAccessible(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your scores for Assessment"))
        .click();
    assertThat(heading(page)).isEqualTo("Your scores: Assessment");
    assertThat(page.locator("main").innerText()).doesNotContain("Zq their reasoning");
    assertAccessible(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zq Journey Bidder")).click();
    assertThat(heading(page)).isEqualTo("Zq Journey Bidder");
    assertAccessible(page);
    page.getByLabel("No, I have no conflict of interest").check();
    button(page, "Record your declaration").click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("you may score this bidder");
    assertAccessible(page);

    Locator scores = page.locator("input[name^=score-]");
    Locator rationales = page.locator("textarea[name^=rationale-]");
    assertThat(scores.count()).isEqualTo(5);
    for (int i = 0; i < 5; i++) {
      scores.nth(i).fill(i == 0 ? "6" : "4");
      rationales.nth(i).fill("Zq my reasoning " + i);
    }
    button(page, "Save your scores").click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Enter a whole number from 0 to 5 for Quality and innovation");
    assertThat(page.locator("main").innerText()).doesNotContain("Zq their reasoning");
    assertAccessible(page);
    page.locator("input[name^=score-]").first().fill("4");
    button(page, "Save your scores").click();
    assertThat(heading(page)).isEqualTo("Your scores: Assessment");
    assertThat(page.locator("#sheet").innerText()).contains("Scored");
    button(page, "Submit your scores for this stage").click();
    // The notice can be found while the page is still arriving, its text cut short.
    page.waitForLoadState();
    assertThat(page.locator("#submitted").innerText())
        .contains("Every evaluator has submitted: the stage can be moderated");
    assertAccessible(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moderation of this stage"))
        .click();
    assertThat(heading(page)).isEqualTo("Moderation: Assessment");
    assertThat(page.locator("main").innerText())
        .contains("Zq their reasoning")
        .contains("Zq my reasoning 0");
    assertAccessible(page);
    Locator first = page.locator("main section").first();
    first.locator("input[name=score]").fill("3");
    first.getByRole(AriaRole.BUTTON).click();
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Give the reason for the consensus score");
    assertAccessible(page);
    first = page.locator("main section").first();
    first.locator("input[name=score]").fill("3");
    first.locator("textarea[name=reason]").fill("Zq the panel met in the middle");
    first.getByRole(AriaRole.BUTTON).click();
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("The consensus score is recorded");
    assertThat(page.locator("main section").first().innerText())
        .contains("Consensus")
        .contains("Zq the panel met in the middle");
    assertAccessible(page);

    page.navigate(url("/commissioning/procurements/" + p));
    assertThat(page.locator("#ranking-1").innerText())
        .contains("Awaiting moderation: 1 of 5 questions moderated");
    assertAccessible(page);
  }

  private static Locator button(Page page, String name) {
    return page.locator("#main-content")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }
}
