package org.alliance.commissioning.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A vote in a real browser, checked with axe-core: the alliance manager proposes a key decision
 * (with a mistake first), the other members' votes are recorded from a meeting, the demo leader
 * signs in, finds it from their home page, tries to dissent without a reason, votes for, and the
 * manager closes it: carried, unanimous. The agreement's pages are checked on the way.
 */
class DecisionJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  @Test
  void theLeaderVotesAndTheManagerClosesTheDecision() {
    Page manager = signedIn("manager");
    manager.navigate(url("/alliance/agreement"));
    assertThat(heading(manager)).isEqualTo("The alliance agreement");
    assertAccessible(manager);
    manager.locator("#principles-list a").first().click();
    assertThat(heading(manager)).isEqualTo("A principle and its history");
    assertAccessible(manager);

    manager.navigate(url("/alliance/decisions"));
    assertThat(heading(manager)).isEqualTo("Decisions log");
    assertAccessible(manager);
    manager
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Propose a decision"))
        .click();
    assertThat(heading(manager)).isEqualTo("Propose a decision");
    assertAccessible(manager);
    manager.fill("#title", "Zq journey: fund a second outreach worker");
    manager.selectOption(
        "#topic", new com.microsoft.playwright.options.SelectOption().setLabel("Budget"));
    manager.fill("#detail", "Zq from the prescribing underspend, for six months.");
    button(manager, "Propose the decision").click();
    assertThat(manager.locator(".govuk-error-summary").innerText())
        .contains("Say whether it is a key decision");
    assertAccessible(manager);
    manager.getByLabel("Yes: it carries only if unanimous").check();
    button(manager, "Propose the decision").click();
    assertThat(heading(manager)).isEqualTo("Zq journey: fund a second outreach worker");
    assertThat(manager.locator("#rule").innerText()).contains("unanimous");
    assertAccessible(manager);
    String path = manager.url().substring(manager.url().indexOf("/alliance/"));
    UUID decision = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));

    // The other members' votes, given at yesterday's meeting, recorded by the manager.
    WebSession recorder = WebSession.signedIn(port, "manager", "alliance-demo");
    LocalDate meeting = Decisions.today().minusDays(1);
    for (UUID place : placesOtherThanTheLeaders(decision)) {
      recorder.get(path);
      Map<String, String> vote = new HashMap<>();
      vote.put("recording", "yes");
      vote.put("place", place.toString());
      vote.put("choice", "for");
      vote.put("meetingDay", String.valueOf(meeting.getDayOfMonth()));
      vote.put("meetingMonth", String.valueOf(meeting.getMonthValue()));
      vote.put("meetingYear", String.valueOf(meeting.getYear()));
      assertThat(recorder.post(path + "/votes", vote).statusCode()).isEqualTo(302);
    }

    Page leader = signedIn("leader");
    assertThat(leader.locator("#main-content").innerText())
        .contains("your vote as a member of the leadership team");
    assertAccessible(leader);
    leader
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the decisions log"))
        .click();
    leader
        .getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Zq journey: fund a second outreach worker"))
        .first()
        .click();
    assertThat(leader.locator("#outcome").innerText()).contains("Open: awaiting 1 vote");
    assertAccessible(leader);
    leader.getByLabel("Against (dissent)").check();
    button(leader, "Cast your vote").click();
    assertThat(leader.locator(".govuk-error-summary").innerText())
        .contains("Give the reason for the dissent");
    assertAccessible(leader);
    leader.getByLabel("For", new Page.GetByLabelOptions().setExact(true)).check();
    button(leader, "Cast your vote").click();
    assertThat(leader.locator(".govuk-notification-banner").innerText())
        .contains("Your vote is recorded");
    assertThat(leader.locator("#outcome").innerText()).contains("Open: every vote is in");
    assertAccessible(leader);

    manager.navigate(url(path));
    assertThat(manager.locator("#close").innerText()).contains("Close the decision");
    button(manager, "Close the decision").click();
    assertThat(manager.locator("#outcome").innerText())
        .contains("Carried")
        .contains("Carried: unanimous, all");
    assertThat(manager.locator("#votes-table").innerText()).contains("Cast by them");
    assertAccessible(manager);
  }

  private List<UUID> placesOtherThanTheLeaders(UUID decision) {
    return jdbc.sql(
            """
            select v.person_id from commissioning.decision_voter v
              join commissioning.governance_person p on p.id = v.person_id
              left join identity.app_user u on u.id = p.user_id
             where v.decision_id = :id and (u.username is null or u.username <> 'leader')
            """)
        .param("id", decision)
        .query(UUID.class)
        .list();
  }

  private static Locator button(Page page, String name) {
    return page.locator("#main-content")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }
}
