package org.alliance.identity;

import java.time.Duration;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins, locks an account after too many, and audits every sign-in and failure.
 * Password and second-factor failures share one counter, so neither can be guessed without limit.
 */
@Component
class SignInRecord {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final int maxFailures;
  private final Duration lockout;

  SignInRecord(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${alliance.sign-in.max-failures}") int maxFailures,
      @Value("${alliance.sign-in.lockout}") Duration lockout) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
  }

  int maxFailures() {
    return maxFailures;
  }

  Duration lockout() {
    return lockout;
  }

  /**
   * Records a failed attempt for a user name (which may not exist).
   *
   * @return true if this failure locked the account
   */
  @Transactional
  boolean failed(String username, String stage) {
    Boolean lockedNow =
        jdbc.sql(
                """
            update identity.app_user
               set failed_sign_ins = case when locked_until is not null and locked_until <= now() then 1
                                          else failed_sign_ins + 1 end,
                   locked_until = case when (case when locked_until is not null and locked_until <= now() then 1
                                                  else failed_sign_ins + 1 end) >= :max
                                       then now() + make_interval(secs => :lockSeconds)
                                       else locked_until end
             where username = :username
            returning locked_until is not null and locked_until > now()
            """)
            .param("username", username == null ? "" : username.trim())
            .param("max", maxFailures)
            .param("lockSeconds", lockout.toSeconds())
            .query(Boolean.class)
            .optional()
            .orElse(false);
    audit.recordAttempt(username, AuditEntry.of("sign-in.failed", "user", null).withDetail(stage));
    if (lockedNow) {
      audit.recordAttempt(
          username,
          AuditEntry.of("user.locked", "user", null)
              .withDetail("after " + maxFailures + " failed sign-ins"));
    }
    return lockedNow;
  }

  @Transactional
  void refusedWhileLocked(String username) {
    audit.recordAttempt(
        username, AuditEntry.of("sign-in.refused", "user", null).withDetail("account locked"));
  }

  @Transactional
  void refusedWhileDisabled(String username) {
    audit.recordAttempt(
        username, AuditEntry.of("sign-in.refused", "user", null).withDetail("account disabled"));
  }

  @Transactional
  void refusedAtSecondFactor(AllianceUser user, Standing standing) {
    audit.recordBy(
        user,
        AuditEntry.of("sign-in.refused", "user", user.userId())
            .withDetail("second factor: account " + standing.name().toLowerCase()));
  }

  @Transactional
  void succeeded(AllianceUser user, String method) {
    jdbc.sql(
            """
            update identity.app_user
               set failed_sign_ins = 0, locked_until = null, last_signed_in_at = now()
             where id = :id
            """)
        .param("id", user.userId())
        .update();
    audit.recordBy(
        user, AuditEntry.of("sign-in.succeeded", "user", user.userId()).withDetail(method));
  }

  @Transactional
  void signedOut(AllianceUser user) {
    audit.recordBy(user, AuditEntry.of("sign-out", "user", user.userId()));
  }

  /** Whether the account may still finish signing in: enabled and not locked. */
  Standing standing(UUID userId) {
    return jdbc.sql(
            """
            select case when not enabled then 'DISABLED'
                        when coalesce(locked_until > now(), false) then 'LOCKED'
                        else 'ACTIVE' end
              from identity.app_user where id = :id
            """)
        .param("id", userId)
        .query(String.class)
        .optional()
        .map(Standing::valueOf)
        .orElse(Standing.DISABLED);
  }

  enum Standing {
    ACTIVE,
    LOCKED,
    DISABLED
  }

  boolean isLocked(UUID userId) {
    return jdbc.sql(
            "select coalesce(locked_until > now(), false) from identity.app_user where id = :id")
        .param("id", userId)
        .query(Boolean.class)
        .single();
  }
}
