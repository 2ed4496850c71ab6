package org.alliance.identity;

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
  private final SignInRecord record;

  Passwords(
      JdbcClient jdbc,
      PasswordEncoder encoder,
      UserAccounts users,
      AuditLog audit,
      UserSessions sessions,
      SignInRecord record) {
    this.record = record;
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.users = users;
    this.audit = audit;
    this.sessions = sessions;
  }

  /**
   * Checks the current password re-entered on an account page. It counts as an attempt, as at sign
   * in: wrong ones are audited and lock the account, and a locked account's sessions end.
   */
  Reentry confirm(AllianceUser user, String rawPassword, String page) {
    if (!record.begin(user, "password re-entry: " + page)) {
      sessions.endAll(user.getUsername());
      return Reentry.LOCKED;
    }
    String hash =
        jdbc.sql("select password_hash from identity.app_user where id = :id")
            .param("id", user.userId())
            .query(String.class)
            .single();
    if (rawPassword != null && !rawPassword.isEmpty() && encoder.matches(rawPassword, hash)) {
      if (record.confirmed(user)) {
        return Reentry.RIGHT;
      }
    } else if (!record.failed(user, "password re-entry: " + page)) {
      return Reentry.WRONG;
    }
    sessions.endAll(user.getUsername());
    return Reentry.LOCKED;
  }

  enum Reentry {
    RIGHT,
    WRONG,
    /** Locked, and signed out everywhere: send them to the sign-in page. */
    LOCKED
  }

  /** Changes the password and ends the user's other sessions, which may be someone else's. */
  @Transactional
  void change(AllianceUser user, String newPassword, String currentSessionId) {
    users.setPasswordHash(user.userId(), encoder.encode(newPassword));
    audit.record(AuditEntry.of("password.changed", "user", user.userId()));
    sessions.endAllBut(user.getUsername(), currentSessionId);
  }
}
