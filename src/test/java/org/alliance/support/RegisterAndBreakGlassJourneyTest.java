package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * In a real browser, with axe on every page: registering someone with a likely match found, and
 * breaking the glass on a record at another member, which the data-protection lead then reviews.
 */
class RegisterAndBreakGlassJourneyTest extends BrowserTest {

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name);
  }

  private static void fillPerson(
      Page page, String given, String family, String d, String m, String y) {
    page.getByLabel("First name").fill(given);
    page.getByLabel("Last name").fill(family);
    page.locator("#dobDay").fill(d);
    page.locator("#dobMonth").fill(m);
    page.locator("#dobYear").fill(y);
    page.getByLabel("Postcode (optional)").fill("BK1 2AB");
  }

  @Test
  void registerWithALikelyMatchThenBreakTheGlassElsewhere() {
    Page grace = signedIn("practitioner");
    grace.navigate(url("/people"));
    assertThat(heading(grace)).isEqualTo("People");
    assertAccessible(grace);

    grace.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register someone")).click();
    assertThat(heading(grace)).isEqualTo("Register someone");
    assertAccessible(grace);
    grace.getByRole(AriaRole.BUTTON, named("Continue")).click();
    assertThat(grace.locator(".govuk-error-summary").innerText())
        .contains("Enter their first name")
        .contains("Say whether they agree to share");
    assertAccessible(grace);

    fillPerson(grace, "Zqjourney", "Zqpemberton", "14", "2", "2008");
    grace.getByLabel("Yes, with every member").check();
    grace.getByRole(AriaRole.BUTTON, named("Continue")).click();
    grace.waitForURL(url("/people/") + "**");
    assertThat(heading(grace)).isEqualTo("Zqjourney Zqpemberton");
    assertThat(grace.content()).contains("Turned 18 on 14 February 2026");
    assertAccessible(grace);
    String record = grace.url();

    // The same person again, first name misspelt: the likely match comes first.
    grace.navigate(url("/people/new"));
    fillPerson(grace, "Zqjurney", "Zqpemberton", "14", "2", "2008");
    grace.getByLabel("Not asked yet").check();
    grace.getByRole(AriaRole.BUTTON, named("Continue")).click();
    assertThat(heading(grace)).isEqualTo("Is this the same person?");
    assertThat(grace.content()).contains("Similar name").contains("Same date of birth");
    assertAccessible(grace);
    grace
        .getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Use this record (likely match 1)"))
        .click();
    assertThat(grace.url()).isEqualTo(record);

    // At another member, the record may only exist, until the glass is broken.
    Page marcus = signedIn("practitioner2");
    marcus.navigate(record);
    assertThat(heading(marcus)).isEqualTo("You cannot see this record");
    assertThat(marcus.content()).doesNotContain("Zqpemberton");
    assertAccessible(marcus);
    marcus.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("break the glass")).click();
    assertThat(heading(marcus)).isEqualTo("Break the glass");
    assertAccessible(marcus);
    marcus.getByRole(AriaRole.BUTTON, named("Break the glass and open the record")).click();
    assertThat(marcus.locator(".govuk-error-summary").innerText())
        .contains("Say why you need to see this record now");
    assertAccessible(marcus);
    marcus
        .getByLabel("Why do you need to see this record now?")
        .fill("Brought to A&E, needs history now");
    marcus.getByRole(AriaRole.BUTTON, named("Break the glass and open the record")).click();
    assertThat(heading(marcus)).isEqualTo("Zqjourney Zqpemberton");
    assertThat(marcus.content()).contains("You are seeing this record because you broke the glass");
    assertAccessible(marcus);

    grace.navigate(record);
    assertThat(grace.content()).contains("Someone broke the glass on this record");
    grace
        .getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Consent and who can see this record"))
        .click();
    assertThat(heading(grace)).isEqualTo("Consent and access");
    assertAccessible(grace);

    Page dpo = signedIn("dpo");
    dpo.navigate(url("/data-protection"));
    assertThat(dpo.content()).contains("Zqjourney Zqpemberton").contains("Brought to A&amp;E");
    assertAccessible(dpo);
    dpo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zqjourney Zqpemberton"))
        .click();
    assertThat(heading(dpo)).isEqualTo("Zqjourney Zqpemberton");
    assertThat(dpo.content()).contains("person.break-glass").doesNotContain("BK1 2AB");
    assertAccessible(dpo);
  }
}
