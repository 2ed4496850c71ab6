package org.alliance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.alliance.BrowserTest;
import org.junit.jupiter.api.Test;

class AuditPagesAccessibilityTests extends BrowserTest {

  @Test
  void auditSearchMeetsWcag22AA() {
    Page page = signedIn("admin");
    page.navigate(url("/admin/audit"));
    assertThat(heading(page)).isEqualTo("Audit log");
    assertAccessible(page);
    page.navigate(url("/admin/audit?from=2026-02-30&person=nobody"));
    assertThat(page.title()).startsWith("Error: ");
    assertAccessible(page);
    page.navigate(url("/admin/audit?action=nothing.like.this"));
    assertAccessible(page);
  }
}
