package org.alliance.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts attempts to prove who someone is (password at sign-in, second factor, the current password
 * re-entered on account pages), locks after too many, and audits each.
 *
 * <p>Each attempt is counted <em>before</em> it is checked ({@link #begin}), by one atomic SQL
 * statement that hands out numbered places: the first {@code maxFailures} in a row from one address
 * are checked, any more are refused unchecked, so a burst of parallel guesses gets no more than the
 * limit. A right answer gives the places back ({@link #succeeded}), but only while the account is
 * not locked, so a success that raced a lock does not lift it.
 *
 * <p>Counts are kept per (account, client address), so failures from one address lock the account
 * for that address only; an account-wide count with a higher limit ({@code maxFailuresEverywhere})
 * stops guessing spread over many addresses.
 */
@Component
class SignInRecord {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final int maxFailures;
  private final int maxFailuresEverywhere;
  private final Duration lockout;

  SignInRecord(
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${alliance.sign-in.max-failures}") int maxFailures,
      @Value("${alliance.sign-in.max-failures-everywhere}") int maxFailuresEverywhere,
      @Value("${alliance.sign-in.lockout}") Duration lockout) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.maxFailures = maxFailures;
    this.maxFailuresEverywhere = maxFailuresEverywhere;
    this.lockout = lockout;
  }

  int maxFailures() {
    return maxFailures;
  }

  Duration lockout() {
    return lockout;
  }

  /**
   * Takes a place for one attempt from the current client address.
   *
   * @return false if the account is locked (for this address or everywhere) or every place is taken
   *     by attempts already made or under way: the attempt must then be refused unchecked
   */
  @Transactional
  boolean begin(AllianceUser user, String stage) {
    Integer place =
        jdbc.sql(
                """
            insert into identity.sign_in_failure as f (user_id, client_address, failures, updated_at)
            select u.id, :address, 1, now() from identity.app_user u
             where u.id = :id and (u.locked_until is null or u.locked_until <= now())
            on conflict (user_id, client_address) do update
               set failures = case when f.locked_until <= now() then 1 else f.failures + 1 end,
                   locked_until = null, updated_at = now()
             where f.locked_until is null or f.locked_until <= now()
            returning failures
            """)
            .param("id", user.userId())
            .param("address", clientAddress())
            .query(Integer.class)
            .optional()
            .orElse(null);
    if (place == null || place > maxFailures) {
      audit.recordBy(
          user,
          AuditEntry.of("sign-in.refused", "user", user.userId())
              .withDetail(stage + ": account locked"));
      return false;
    }
    return true;
  }

  /**
   * Records a wrong answer to an attempt begun with {@link #begin}.
   *
   * @return true if the account is now locked for this address or everywhere
   */
  @Transactional
  boolean failed(AllianceUser user, String stage) {
    Boolean lockedHere =
        jdbc.sql(
                """
            update identity.sign_in_failure
               set locked_until = case when failures >= :max
                                       then now() + make_interval(secs => :lockSeconds)
                                       else locked_until end,
                   updated_at = now()
             where user_id = :id and client_address = :address
            returning locked_until is not null and locked_until > now()
            """)
            .param("id", user.userId())
            .param("address", clientAddress())
            .param("max", maxFailures)
            .param("lockSeconds", lockout.toSeconds())
            .query(Boolean.class)
            .optional()
            .orElse(false);
    Boolean lockedEverywhere =
        jdbc.sql(
                """
            update identity.app_user
               set failed_sign_ins = case when locked_until <= now() then 1 else failed_sign_ins + 1 end,
                   locked_until = case when (case when locked_until <= now() then 1
                                                  else failed_sign_ins + 1 end) >= :max
                                       then now() + make_interval(secs => :lockSeconds)
                                       when locked_until <= now() then null
                                       else locked_until end
             where id = :id
            returning locked_until is not null and locked_until > now()
            """)
            .param("id", user.userId())
            .param("max", maxFailuresEverywhere)
            .param("lockSeconds", lockout.toSeconds())
            .query(Boolean.class)
            .single();
    audit.recordBy(user, AuditEntry.of("sign-in.failed", "user", user.userId()).withDetail(stage));
    boolean locked = lockedHere || lockedEverywhere;
    if (locked) {
      audit.recordBy(
          user,
          AuditEntry.of("user.locked", "user", user.userId())
              .withDetail(
                  lockedEverywhere
                      ? "after " + maxFailuresEverywhere + " failed attempts from anywhere"
                      : "after " + maxFailures + " failed attempts from " + clientAddress()));
    }
    return locked;
  }

  /** A user name that names no account: audited without it, since it may be a mistyped password. */
  @Transactional
  void failedForUnknownUser() {
    audit.recordAttempt(
        null, AuditEntry.of("sign-in.failed", "user", null).withDetail("unknown user name"));
  }

  @Transactional
  void refusedWhileDisabled(AllianceUser user) {
    audit.recordBy(
        user,
        AuditEntry.of("sign-in.refused", "user", user.userId()).withDetail("account disabled"));
  }

  @Transactional
  void refusedAtSecondFactor(AllianceUser user, Standing standing) {
    audit.recordBy(
        user,
        AuditEntry.of("sign-in.refused", "user", user.userId())
            .withDetail("second factor: account " + standing.name().toLowerCase()));
  }

  /**
   * Finishes a sign-in: gives back this address's places and clears the account-wide count, unless
   * the account was locked meanwhile.
   *
   * @return false if the account is locked, and the sign-in must be refused
   */
  @Transactional
  boolean succeeded(AllianceUser user, String method) {
    if (!cleared(user)) {
      audit.recordBy(
          user,
          AuditEntry.of("sign-in.refused", "user", user.userId())
              .withDetail(method + ": account locked"));
      return false;
    }
    jdbc.sql("update identity.app_user set last_signed_in_at = now() where id = :id")
        .param("id", user.userId())
        .update();
    audit.recordBy(
        user, AuditEntry.of("sign-in.succeeded", "user", user.userId()).withDetail(method));
    return true;
  }

  /**
   * The current password re-entered rightly on an account page: gives back the place as a sign-in
   * does.
   *
   * @return false if the account is locked
   */
  @Transactional
  boolean confirmed(AllianceUser user) {
    return cleared(user);
  }

  private boolean cleared(AllianceUser user) {
    boolean open =
        jdbc.sql(
                """
            update identity.app_user set failed_sign_ins = 0
             where id = :id and (locked_until is null or locked_until <= now())
               and not exists (select 1 from identity.sign_in_failure f
                                where f.user_id = :id and f.client_address = :address
                                  and f.locked_until > now())
            returning id
            """)
            .param("id", user.userId())
            .param("address", clientAddress())
            .query(UUID.class)
            .optional()
            .isPresent();
    if (open) {
      jdbc.sql(
              """
              update identity.sign_in_failure set failures = 0, locked_until = null, updated_at = now()
               where user_id = :id and client_address = :address
              """)
          .param("id", user.userId())
          .param("address", clientAddress())
          .update();
    }
    return open;
  }

  @Transactional
  void signedOut(AllianceUser user) {
    audit.recordBy(user, AuditEntry.of("sign-out", "user", user.userId()));
  }

  /** Whether the account may still finish signing in: enabled and not locked anywhere. */
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

  /** The client's address, as the trusted proxy reports it; "unknown" outside a request. */
  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return "unknown";
  }
}
