package org.alliance.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.alliance.AccessibilityCheck;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AllianceTest
class OrganisationPagesAccessibilityTests {

  @LocalServerPort int port;
  @Autowired Organisations organisations;

  @Test
  void organisationPagesMeetWcag22AA() {
    Organisation any = organisations.all().get(0);
    try (AccessibilityCheck check = AccessibilityCheck.signedIn(port, "admin", "alliance-demo")) {
      check.open("/admin/organisations");
      assertThat(check.violations()).isEmpty();
      check.open("/admin/organisations/" + any.id());
      assertThat(check.violations()).isEmpty();

      Page form = check.open("/admin/organisations/new");
      assertThat(check.violations()).isEmpty();
      form.fill("#charityNumber", "12");
      form.click("#main-content button[type=submit]");
      assertThat(form.title()).startsWith("Error: ");
      assertThat(check.violations()).isEmpty();
    }
  }
}
