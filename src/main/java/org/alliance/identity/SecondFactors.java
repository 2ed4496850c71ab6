package org.alliance.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
  private final SecretBox box;
  private final SecureRandom random = new SecureRandom();

  SecondFactors(JdbcClient jdbc, TotpCodes totp, AuditLog audit, SecretBox box) {
    this.jdbc = jdbc;
    this.totp = totp;
    this.audit = audit;
    this.box = box;
  }

  /**
   * Encrypts TOTP secrets stored in plain by earlier versions, once, at start. Each row is changed
   * only if it still holds the plain value, so nodes starting together do not clash.
   */
  @EventListener(ApplicationReadyEvent.class)
  void encryptPlainSecrets() {
    record Plain(UUID id, String secret) {}
    jdbc.sql(
            "select id, totp_secret from identity.app_user where totp_secret is not null and totp_secret not like 'v1:%'")
        .query((rs, row) -> new Plain(rs.getObject(1, UUID.class), rs.getString(2)))
        .list()
        .forEach(
            plain ->
                jdbc.sql(
                        "update identity.app_user set totp_secret = :sealed where id = :id and totp_secret = :plain")
                    .param("sealed", box.encrypt(plain.secret(), boundTo(plain.id())))
                    .param("id", plain.id())
                    .param("plain", plain.secret())
                    .update());
  }

  private static String boundTo(UUID userId) {
    return "totp:" + userId;
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
        .param("secret", box.encrypt(secret, boundTo(userId)))
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
    OptionalLong step =
        totp.verify(box.decrypt(stored.secret(), boundTo(userId)), code, stored.lastStep());
    if (step.isPresent()) {
      jdbc.sql("update identity.app_user set totp_last_step = :step where id = :id")
          .param("id", userId)
          .param("step", step.getAsLong())
          .update();
      return Check.AUTHENTICATOR;
    }
    String typed = normalise(code);
    String matching =
        jdbc
            .sql(
                "select code_hash from identity.recovery_code where user_id = :id and used_at is null")
            .param("id", userId)
            .query(String.class)
            .list()
            .stream()
            .filter(hash -> RecoveryCodeHash.matches(typed, hash))
            .findFirst()
            .orElse(null);
    if (matching == null) {
      return Check.REFUSED;
    }
    int spent =
        jdbc.sql(
                """
            update identity.recovery_code set used_at = now()
             where user_id = :id and code_hash = :hash and used_at is null
            """)
            .param("id", userId)
            .param("hash", matching)
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
            .param("hash", RecoveryCodeHash.of(normalise(code), random))
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

  enum Check {
    AUTHENTICATOR,
    RECOVERY_CODE,
    REFUSED;

    boolean passed() {
      return this != REFUSED;
    }
  }
}
