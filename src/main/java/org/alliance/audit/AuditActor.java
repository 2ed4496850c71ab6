package org.alliance.audit;

import java.util.UUID;

/**
 * Who acted. The signed-in principal implements this, so the audit log can name the user and their
 * organisation without knowing how people sign in.
 */
public interface AuditActor {
  UUID userId();

  String username();

  UUID organisationId();

  String organisationName();
}
