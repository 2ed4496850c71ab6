package org.alliance.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationPagesAccessibilityTests extends BrowserTest {

  @Autowired Organisations organisations;

  @Test
  void organisationPagesMeetWcag22AA() {
    Organisation any = organisations.all().get(0);
    Page page = signedIn("admin");
    page.navigate(url("/admin/organisations"));
    assertAccessible(page);
    page.navigate(url("/admin/organisations/" + any.id()));
    assertAccessible(page);

    page.navigate(url("/admin/organisations/new"));
    assertAccessible(page);
    page.fill("#charityNumber", "12");
    page.click("#main-content button[type=submit]");
    assertThat(page.title()).startsWith("Error: ");
    assertAccessible(page);
  }
}
