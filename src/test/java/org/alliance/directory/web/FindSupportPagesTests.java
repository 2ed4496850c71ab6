package org.alliance.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.alliance.BrowserTest;
import org.alliance.WebSession;
import org.alliance.directory.search.DirectoryIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Anyone searches the directory, without signing in, and collects a signposting list. */
class FindSupportPagesTests extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired DirectoryIndex index;

  private DirectoryFixture fixture;
  private String near;
  private String far;

  @BeforeAll
  void services() {
    fixture = new DirectoryFixture(jdbc);
    near =
        fixture.service(
            "Alcohol advice drop-in",
            "Free, confidential advice about drinking.",
            18,
            52.4500,
            -1.2000,
            "BK1 1AA");
    far =
        fixture.service(
            "Alcohol recovery group",
            "A weekly peer support group.",
            18,
            52.5500,
            -1.4000,
            "BK9 9ZZ");
    fixture.postcode("BK1 1AB", 52.4510, -1.2010);
    index.refresh(List.of(near, far));
  }

  @Test
  void searchesByWordsAndPostcodeNearestFirstAndPassesAxe() {
    Page page = browser.newContext().newPage();
    page.navigate(url("/find-support"));
    assertThat(heading(page)).isEqualTo("Find support for drugs and alcohol");
    assertAccessible(page);

    page.getByLabel("Search words").fill(fixture.marker);
    page.getByLabel("Postcode", new Page.GetByLabelOptions().setExact(true)).fill("bk1 1ab");
    page.getByLabel("Distance from postcode").selectOption("25");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
    assertThat(page.locator("#results-heading").innerText()).isEqualTo("2 services found");
    assertThat(page.locator(".alliance-result h3").allInnerTexts())
        .containsExactly(
            "Alcohol advice drop-in " + fixture.marker, "Alcohol recovery group " + fixture.marker);
    assertThat(page.locator(".alliance-result").first().innerText())
        .contains("0.1 miles away in Brackenford", "Last checked");
    assertAccessible(page);

    page.getByLabel("Distance from postcode").selectOption("1");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
    assertThat(page.locator("#results-heading").innerText()).isEqualTo("1 service found");
  }

  @Test
  void saysHowItReadThePersonsWordsAndPassesAxe() {
    Page page = browser.newContext().newPage();
    page.navigate(url("/find-support"));
    page.getByLabel("Search words").fill("help with my son's drinking");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
    assertThat(page.locator("#search-reading p").allInnerTexts())
        .containsExactly(
            "Showing services for alcohol.",
            "You mentioned someone else, so services for families and carers are shown too.");
    assertAccessible(page);

    page.navigate(url("/find-support?q=wead"));
    assertThat(page.locator("#search-reading p").allInnerTexts())
        .containsExactly(
            "We did not recognise \u201cwead\u201d, so we searched for \u201cweed\u201d.",
            "Showing services for cannabis.");
    assertThat(page.locator(".alliance-result").count()).isPositive();
    assertAccessible(page);

    page.navigate(url("/find-support?q=alcohol"));
    assertThat(page.locator("#search-reading").count()).isZero();
  }

  @Test
  void badInputGetsAnErrorSummary() {
    Page page = browser.newContext().newPage();
    page.navigate(url("/find-support?q=x&age=old&postcode=NOT+A+POSTCODE"));
    assertThat(page.title()).startsWith("Error:");
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Age must be a whole number", "Enter a UK postcode");
    assertAccessible(page);
    page.navigate(url("/find-support?postcode=ZZ9+9ZZ"));
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("We do not know that postcode");
  }

  @Test
  void collectsAListToPrintOrShare() {
    Page page = browser.newContext().newPage();
    page.navigate(url("/find-support?q=" + fixture.marker));
    page.locator("form:has(input[name=serviceId][value='" + near + "']) button").click();
    assertThat(page.locator(".alliance-result:has(a[href$='" + near + "'])").innerText())
        .contains("On your list");
    page.navigate(url("/find-support/list"));
    assertThat(heading(page)).isEqualTo("Your list of services");
    assertThat(page.locator(".alliance-result h2").allInnerTexts())
        .containsExactly("Alcohol advice drop-in " + fixture.marker);
    assertAccessible(page);
    String shareLink = page.locator("#share-link").getAttribute("href");

    Page someoneElse = browser.newContext().newPage();
    someoneElse.navigate(shareLink);
    assertThat(heading(someoneElse)).isEqualTo("A list of services");
    assertThat(someoneElse.locator(".alliance-result h2").allInnerTexts())
        .containsExactly("Alcohol advice drop-in " + fixture.marker);
    assertAccessible(someoneElse);
  }

  @Test
  void worksWithoutSigningInOverPlainHttp() {
    WebSession visitor = new WebSession(port);
    assertThat(visitor.get("/find-support?q=" + fixture.marker + "&age=30").body())
        .contains("2 services found");
    assertThat(visitor.get("/find-support?q=" + fixture.marker + "&age=12").body())
        .contains("0 services found");
  }
}
