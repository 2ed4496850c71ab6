package org.alliance.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The data-protection lead's retention and oversight pages in Chromium, checked with axe: the list
 * of records due, a decision page, its errors, and the oversight page with the subject-access
 * links.
 */
class DataProtectionPagesAccessibilityTests extends BrowserTest {

  @Test
  void retentionAndOversightPagesAreAccessible() {
    Page page = signedIn("dpo");
    page.navigate(url("/data-protection"));
    assertAccessible(page);

    page.click("text=Records due for review under the retention rules");
    assertThat(heading(page)).isEqualTo("Records due for review");
    assertAccessible(page);

    page.locator("table a.govuk-link").first().click();
    assertThat(page.url()).contains("/data-protection/retention/");
    assertAccessible(page);

    page.click("button:has-text('Keep the record')");
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Choose why the record is kept", "Enter the date to keep the record until");
    assertAccessible(page);

    page.click("button:has-text('Destroy the record')");
    assertThat(page.locator(".govuk-error-summary").innerText())
        .contains("Choose why the record is destroyed");
    assertAccessible(page);

    page.click("text=Who may see this record and who has looked");
    assertThat(page.locator("text=Download the copy as a PDF document").count()).isEqualTo(1);
    assertAccessible(page);
  }
}
