package org.alliance.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looking through the audit log is itself an action worth recording. */
@Component
class AuditSearches {

  private final AuditLog audit;

  AuditSearches(AuditLog audit) {
    this.audit = audit;
  }

  /**
   * Its own transaction, committed before any results leave, so a download cut short is still on
   * record.
   */
  @Transactional
  void record(AuditFilter filter, String how) {
    audit.record(
        AuditEntry.of("audit.searched", "audit-log", null)
            .withDetail(how + ": " + filter.describe()));
  }
}
