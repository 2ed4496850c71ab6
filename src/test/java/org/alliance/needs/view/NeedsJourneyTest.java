package org.alliance.needs.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

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
    // Need, provision and results side by side, summed up at the top.
    assertThat(commissioner.locator("#glance").innerText())
        .contains(
            "significantly higher than England's",
            "Admission episodes for alcohol-related conditions",
            "Provision:",
            "significantly worse than the alliance's as a whole");
    assertThat(commissioner.locator("#results-place").innerText())
        .contains("postcode districts BK1, BK10, BK11, BK12, BK2");
    assertThat(commissioner.locator("#results tbody tr").count()).isPositive();
    assertThat(commissioner.locator("#results").innerText()).contains("%");
    // Each trend drawn, with its figures in a table beside it.
    assertThat(commissioner.locator("svg[role=img] title").first().textContent())
        .endsWith(": trend");
    assertThat(commissioner.locator("svg[role=img]").count())
        .isEqualTo(
            commissioner.locator("table:has(caption:text('The figures in the chart'))").count());
    assertAccessible(commissioner);

    commissioner
        .getByLabel("Area")
        .selectOption(new SelectOption().setLabel("Brackenford (district)"));
    commissioner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
    assertThat(heading(commissioner)).isEqualTo("Brackenford");
    assertThat(commissioner.locator("#area-path").innerText()).contains("in Brackenshire");
    assertThat(commissioner.locator("#indicators").innerText()).contains("to Brackenshire");
    assertThat(commissioner.locator("#results-place").innerText()).contains("BK1, BK2");
    assertAccessible(commissioner);

    commissioner.getByText("Needs assessment report for this area").click();
    assertThat(heading(commissioner)).isEqualTo("Needs assessment: Alcohol, Brackenford");
    assertThat(commissioner.locator("svg[role=img] title").first().textContent()).contains("trend");
    assertThat(commissioner.locator("main section").first().innerText())
        .contains("Source", "demo profiles.csv", "The figures in the chart", "England");
    assertAccessible(commissioner);
    commissioner
        .getByLabel("Theme")
        .selectOption(new SelectOption().setLabel("Parental substance use"));
    commissioner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
    assertThat(commissioner.locator("#no-theme-indicators").innerText())
        .contains("No indicators of this theme");
    assertThat(commissioner.locator("#theme-provision").innerText())
        .contains("Families and carers");
    var pdf = commissioner.request().get(url("/needs/report.pdf?area=X07000001&theme=alcohol"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
    assertAccessible(commissioner);

    commissioner.navigate(url("/needs?area=%3Cscript%3E"));
    assertThat(heading(commissioner)).isEqualTo("Brackenshire");
    assertThat(commissioner.content()).doesNotContain("<script>");
    commissioner.navigate(url("/needs?area=X99000004"));
    assertThat(commissioner.locator("#no-population").innerText()).contains("No population");
    assertAccessible(commissioner);
    commissioner.navigate(url("/needs?area=X05000001"));
    assertThat(commissioner.locator("#results-place").innerText())
        .contains("Postcode districts are larger than a ward", "results for Brackenford");
    assertAccessible(commissioner);
  }

  @Test
  void aCommissionerImportsAFileAndIsToldWhatIsWrongFirst() throws Exception {
    Path folder = Files.createTempDirectory("needs-journey");
    Path bad = folder.resolve("bad <b>profiles<b>.csv");
    try (var in = new ClassPathResource("needs/profiles-bad.csv").getInputStream()) {
      Files.copy(in, bad);
    }
    Path good = folder.resolve("journey-good.csv");
    try (var in = new ClassPathResource("needs/journey-good.csv").getInputStream()) {
      Files.copy(in, good);
    }
    Page commissioner = signedIn("commissioner");
    commissioner.navigate(url("/needs"));
    commissioner.getByText("Import needs figures").click();
    assertThat(heading(commissioner)).isEqualTo("Import needs figures");
    assertAccessible(commissioner);

    commissioner
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true))
        .click();
    assertThat(commissioner.locator(".govuk-error-summary").innerText())
        .contains("Select a CSV file to import");

    commissioner.getByLabel("File to import").setInputFiles(bad);
    commissioner
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true))
        .click();
    // The last page's error summary stays on screen until the answer arrives: wait for the new one.
    commissioner.locator(".govuk-error-summary:has-text('nothing was imported')").waitFor();
    assertThat(commissioner.title()).startsWith("Error:");
    assertThat(commissioner.locator(".govuk-error-summary").innerText())
        .contains("nothing was imported", "line 2: Value \u201csix hundred\u201d is not a number");
    assertThat(commissioner.content()).doesNotContain("<b>profiles");
    assertAccessible(commissioner);

    commissioner.getByLabel("File to import").setInputFiles(good);
    commissioner
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true))
        .click();
    assertThat(commissioner.locator(".govuk-notification-banner").innerText())
        .contains("Imported journey-good.csv: 1 row of 1 indicator");
    assertThat(commissioner.locator("#recent").innerText())
        .contains("journey-good.csv", "commissioner");
    assertAccessible(commissioner);

    commissioner.navigate(url("/needs?area=X07000002"));
    assertThat(commissioner.locator("#indicators").innerText())
        .contains("Journey test indicator", "100.0 (89.7 to 111.2) per 100,000");
  }

  @Test
  void aDataLeadEntersTheAlliancesOwnFigure() {
    Page lead = signedIn("datalead");
    lead.navigate(url("/needs/local"));
    assertThat(heading(lead)).isEqualTo("The alliance's own figures");
    assertAccessible(lead);

    lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save figure")).click();
    assertThat(lead.title()).startsWith("Error:");
    assertThat(lead.locator(".govuk-error-summary").innerText())
        .contains(
            "Enter what the figure is",
            "Choose the area the figure is for",
            "Enter the period",
            "Enter the count as a whole number");
    assertAccessible(lead);

    lead.getByLabel("What the figure is").fill("Journey exclusions for drugs <b>or</b> alcohol");
    lead.getByLabel("A rate per 100,000 people").check();
    lead.getByLabel("Area").selectOption(new SelectOption().setLabel("Westmere (town)"));
    lead.getByLabel("Period").fill("2024/25");
    lead.getByLabel("Count", new Page.GetByLabelOptions().setExact(true)).fill("12");
    lead.getByLabel("Out of (not needed for a count)").fill("24,000");
    lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save figure")).click();
    assertThat(lead.locator(".govuk-notification-banner").innerText())
        .contains("Saved Journey exclusions for drugs <b>or</b> alcohol for Westmere, 2024/25");
    assertThat(lead.locator("#kept").innerText()).contains("50.0 per 100,000", "datalead");
    assertThat(lead.content()).doesNotContain("<b>or</b>");

    lead.navigate(url("/needs?area=X99000002"));
    assertThat(lead.locator("#indicators").innerText())
        .contains("Journey exclusions", "50.0 (25.8 to 87.3) per 100,000", "Byar's method");
    assertAccessible(lead);
  }
}
