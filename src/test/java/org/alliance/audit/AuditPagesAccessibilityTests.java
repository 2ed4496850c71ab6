package org.alliance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.AccessibilityCheck;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@AllianceTest
class AuditPagesAccessibilityTests {

  @LocalServerPort int port;

  @Test
  void auditSearchMeetsWcag22AA() {
    try (AccessibilityCheck check = AccessibilityCheck.signedIn(port, "admin", "alliance-demo")) {
      check.open("/admin/audit");
      assertThat(check.violations()).isEmpty();
      check.open("/admin/audit?from=2026-02-30&person=nobody");
      assertThat(check.violations()).isEmpty();
      check.open("/admin/audit?action=nothing.like.this");
      assertThat(check.violations()).isEmpty();
    }
  }
}
