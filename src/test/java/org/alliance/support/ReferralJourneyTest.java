package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practitioner refers someone to a directory service found by a search, and to another member,
 * whose practitioner accepts; axe checks every page on the way.
 */
class ReferralJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;
  @Autowired DirectoryIndex index;

  private static void button(Page page, String name) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
  }

  @Test
  void referToADirectoryServiceAndToAnotherMember() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    var practitioner = fixture.user("practitioner");
    String marker = "Zqjourney" + UUID.randomUUID().toString().substring(0, 6);
    ReferralTests.service(jdbc, index, marker + " Counselling");
    UUID person = fixture.person("Zqkit", "Zqjourneyref", LocalDate.of(2006, 8, 9), practitioner);
    fixture.consent(person, "given", null, new String[0], LocalDate.now(), null, practitioner);

    Page page = signedIn("practitioner");
    page.navigate(url("/people/" + person));
    assertAccessible(page);
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Refer or signpost Zqkit Zqjourneyref"))
        .click();
    assertThat(heading(page)).isEqualTo("Refer or signpost");
    assertAccessible(page);

    page.getByLabel("What kind of support?").fill(marker);
    button(page, "Search the directory");
    assertThat(page.locator("#results").innerText()).isEqualTo("1 service found");
    assertAccessible(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(marker + " Counselling"))
        .click();
    assertThat(heading(page)).isEqualTo("Refer to " + marker + " Counselling");
    assertThat(page.content()).contains("Phone the duty worker").contains("01632 960123");
    assertAccessible(page);

    button(page, "Send the referral");
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Say whether they agreed to this referral");
    assertAccessible(page);
    page.getByLabel("Yes, they agree").check();
    page.getByLabel("Note for the receiver (optional)").fill("Prefers afternoons");
    button(page, "Send the referral");
    assertThat(heading(page)).isEqualTo("Referral to " + marker + " Counselling");
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("Your referral has been sent");
    assertAccessible(page);

    page.getByLabel("Accept").check();
    button(page, "Save");
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("The referral is now accepted");
    assertAccessible(page);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the record"))
        .click();
    assertThat(page.locator("#referrals + table").innerText())
        .contains(marker + " Counselling")
        .contains("Accepted");
    assertAccessible(page);

    // To another member: their practitioner sees it in their list and accepts.
    page.navigate(url("/people/" + person + "/referrals/new"));
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Brackenshire Recovery Partnership"))
        .click();
    assertAccessible(page);
    page.getByLabel("Yes, they agree").check();
    page.getByLabel("Note for the receiver (optional)").fill("Zqjourney note for the member");
    button(page, "Send the referral");
    assertThat(page.locator("#main-content strong.govuk-tag").first().innerText())
        .isEqualTo("Sent");

    Page receiver = signedIn("practitioner2");
    receiver.navigate(url("/people/referrals"));
    assertAccessible(receiver);
    receiver
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zqkit Zqjourneyref"))
        .click();
    assertThat(receiver.content()).contains("Zqjourney note for the member");
    assertAccessible(receiver);
    receiver.getByLabel("Accept").check();
    button(receiver, "Save");
    assertThat(receiver.locator(".govuk-notification-banner").innerText())
        .contains("The referral is now accepted");
    assertAccessible(receiver);
    receiver.navigate(url("/people/" + person));
    assertThat(heading(receiver)).isEqualTo("Zqkit Zqjourneyref");
  }
}
