package org.alliance.needs.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A commissioner reads Brackenshire's needs, then a district's, compared with the county and
 * England; a made-up area says so; an unknown code is answered with the first area, not an error.
 */
class NeedsJourneyTest extends BrowserTest {

  @Test
  void aCommissionerComparesAnAreaWithTheOneAboveAndEngland() {
    Page commissioner = signedIn("commissioner");
    commissioner.navigate(url("/needs"));
    assertThat(heading(commissioner)).isEqualTo("Brackenshire");
    assertThat(commissioner.locator(".govuk-warning-text").innerText())
        .contains("made-up demo area");
    assertThat(commissioner.locator("#population").innerText())
        .contains("People by age, 2023 estimates", "65 and over");
    String admissions =
        commissioner.locator("#indicators tr:has-text('alcohol-related conditions')").innerText();
    assertThat(admissions)
        .contains("576.7 (556.3 to 597.7) per 100,000", "Byar's method", "Significantly higher")
        .contains("2021/22", "2023/24");
    assertAccessible(commissioner);

    commissioner
        .getByLabel("Area")
        .selectOption(new SelectOption().setLabel("Brackenford (district)"));
    commissioner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
    assertThat(heading(commissioner)).isEqualTo("Brackenford");
    assertThat(commissioner.locator("#area-path").innerText()).contains("in Brackenshire");
    assertThat(commissioner.locator("#indicators").innerText()).contains("to Brackenshire");
    assertAccessible(commissioner);

    commissioner.navigate(url("/needs?area=%3Cscript%3E"));
    assertThat(heading(commissioner)).isEqualTo("Brackenshire");
    assertThat(commissioner.content()).doesNotContain("<script>");
    commissioner.navigate(url("/needs?area=X99000004"));
    assertThat(commissioner.locator("#no-population").innerText()).contains("No population");
    assertAccessible(commissioner);
  }
}
