package org.alliance.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A user's TOTP second factor and recovery codes: set up, check, turn off. */
@Component
class SecondFactors {

  private static final int RECOVERY_CODES = 10;
  private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

  private final JdbcClient jdbc;
  private final TotpCodes totp;
  private final AuditLog audit;
  private final SecureRandom random = new SecureRandom();

  SecondFactors(JdbcClient jdbc, TotpCodes totp, AuditLog audit) {
    this.jdbc = jdbc;
    this.totp = totp;
    this.audit = audit;
  }

  /**
   * Turns the second factor on once the user has shown a code from the new secret.
   *
   * @return the recovery codes, shown to the user once and stored only as hashes
   */
  @Transactional
  List<String> enable(UUID userId, String secret) {
    jdbc.sql(
            """
            update identity.app_user set totp_secret = :secret, totp_enabled = true, totp_last_step = null
             where id = :id
            """)
        .param("id", userId)
        .param("secret", secret)
        .update();
    List<String> codes = replaceRecoveryCodes(userId);
    audit.record(AuditEntry.of("two-factor.enabled", "user", userId));
    return codes;
  }

  @Transactional
  List<String> newRecoveryCodes(UUID userId) {
    List<String> codes = replaceRecoveryCodes(userId);
    audit.record(AuditEntry.of("two-factor.recovery-codes-replaced", "user", userId));
    return codes;
  }

  @Transactional
  void disable(UUID userId) {
    jdbc.sql("update identity.app_user set totp_enabled = false, totp_secret = null where id = :id")
        .param("id", userId)
        .update();
    jdbc.sql("delete from identity.recovery_code where user_id = :id").param("id", userId).update();
    audit.record(AuditEntry.of("two-factor.disabled", "user", userId));
  }

  /**
   * Checks a code from the authenticator app, or else an unused recovery code (which is then
   * spent). Locks the user's row so two requests cannot both spend one code.
   */
  @Transactional
  Check check(UUID userId, String code) {
    record Secret(String secret, Long lastStep) {}
    Secret stored =
        jdbc.sql(
                """
            select totp_secret, totp_last_step from identity.app_user
             where id = :id and totp_enabled for update
            """)
            .param("id", userId)
            .query((rs, row) -> new Secret(rs.getString(1), (Long) rs.getObject(2)))
            .optional()
            .orElse(null);
    if (stored == null) {
      return Check.REFUSED;
    }
    OptionalLong step = totp.verify(stored.secret(), code, stored.lastStep());
    if (step.isPresent()) {
      jdbc.sql("update identity.app_user set totp_last_step = :step where id = :id")
          .param("id", userId)
          .param("step", step.getAsLong())
          .update();
      return Check.AUTHENTICATOR;
    }
    int spent =
        jdbc.sql(
                """
            update identity.recovery_code set used_at = now()
             where user_id = :id and code_hash = :hash and used_at is null
            """)
            .param("id", userId)
            .param("hash", hash(normalise(code)))
            .update();
    return spent == 1 ? Check.RECOVERY_CODE : Check.REFUSED;
  }

  int unusedRecoveryCodes(UUID userId) {
    return jdbc.sql(
            "select count(*) from identity.recovery_code where user_id = :id and used_at is null")
        .param("id", userId)
        .query(Integer.class)
        .single();
  }

  private List<String> replaceRecoveryCodes(UUID userId) {
    jdbc.sql("delete from identity.recovery_code where user_id = :id").param("id", userId).update();
    List<String> codes = new ArrayList<>();
    while (codes.size() < RECOVERY_CODES) {
      String code = randomCode();
      if (!codes.contains(code)) {
        codes.add(code);
        jdbc.sql("insert into identity.recovery_code (user_id, code_hash) values (:id, :hash)")
            .param("id", userId)
            .param("hash", hash(normalise(code)))
            .update();
      }
    }
    return codes;
  }

  private String randomCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      if (i == 5) {
        code.append('-');
      }
      code.append(RECOVERY_ALPHABET[random.nextInt(RECOVERY_ALPHABET.length)]);
    }
    return code.toString();
  }

  private static String normalise(String code) {
    return code == null ? "" : code.trim().toLowerCase().replaceAll("[\\s-]", "");
  }

  /** Recovery codes carry 50 random bits each, so a fast hash is enough; no salt is needed. */
  private static String hash(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  enum Check {
    AUTHENTICATOR,
    RECOVERY_CODE,
    REFUSED;

    boolean passed() {
      return this != REFUSED;
    }
  }
}
