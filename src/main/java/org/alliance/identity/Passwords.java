package org.alliance.identity;

import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Checking and changing a signed-in user's own password. */
@Component
class Passwords {

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final UserAccounts users;
  private final AuditLog audit;
  private final UserSessions sessions;

  Passwords(
      JdbcClient jdbc,
      PasswordEncoder encoder,
      UserAccounts users,
      AuditLog audit,
      UserSessions sessions) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.users = users;
    this.audit = audit;
    this.sessions = sessions;
  }

  boolean matches(UUID userId, String rawPassword) {
    String hash =
        jdbc.sql("select password_hash from identity.app_user where id = :id")
            .param("id", userId)
            .query(String.class)
            .single();
    return rawPassword != null && encoder.matches(rawPassword, hash);
  }

  /** Changes the password and ends the user's other sessions, which may be someone else's. */
  @Transactional
  void change(AllianceUser user, String newPassword, String currentSessionId) {
    users.setPasswordHash(user.userId(), encoder.encode(newPassword));
    audit.record(AuditEntry.of("password.changed", "user", user.userId()));
    sessions.endAllBut(user.getUsername(), currentSessionId);
  }
}
