package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A practitioner merges two records of one person, then undoes it; axe on every page. */
class MergeJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  private static void button(Page page, String name) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
  }

  @Test
  void mergeAndUnmerge() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    var practitioner = fixture.user("practitioner");
    String family = "Zqmj" + UUID.randomUUID().toString().substring(0, 5);
    UUID survivor = fixture.person("Zqlena", family, LocalDate.of(2005, 4, 3), practitioner);
    UUID other = fixture.person("Zqleena", family, LocalDate.of(2005, 3, 4), practitioner);

    Page page = signedIn("practitioner");
    page.navigate(url("/people/" + survivor));
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Merge another record of this person into this one"))
        .click();
    assertThat(heading(page)).isEqualTo("Merge another record into this one");
    assertAccessible(page);

    button(page, "Merge the records");
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Choose the record to merge into this one")
        .contains("Say why these are the same person");
    assertAccessible(page);

    page.getByLabel("Zqleena " + family, new Page.GetByLabelOptions().setExact(false))
        .first()
        .check();
    page.getByLabel("Why are they the same person?").fill("Day and month swapped at registration");
    button(page, "Merge the records");
    assertThat(heading(page)).isEqualTo("Zqlena " + family);
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("The records are merged");
    assertThat(page.content()).contains("Merged: Zqleena " + family);
    assertAccessible(page);

    page.navigate(url("/people/" + other));
    assertThat(page.url()).endsWith("/people/" + survivor);

    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Undo the merge of Zqleena " + family))
        .click();
    assertThat(heading(page)).isEqualTo("Undo the merge");
    assertAccessible(page);
    button(page, "Undo the merge");
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Say why these are not the same person");
    assertAccessible(page);
    page.getByLabel("Why are they not the same person?").fill("Sisters with similar names");
    button(page, "Undo the merge");
    assertThat(page.locator(".govuk-notification-banner").innerText())
        .contains("The merge is undone");
    assertThat(page.content()).doesNotContain("Merged: Zqleena");
    assertAccessible(page);

    page.navigate(url("/people/" + other));
    assertThat(heading(page)).isEqualTo("Zqleena " + family);
    assertAccessible(page);
  }
}
