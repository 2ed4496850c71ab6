package org.alliance.identity;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.time.TimeProvider;
import dev.samstevens.totp.util.Utils;
import java.security.MessageDigest;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds), as every authenticator app
 * understands. The library makes the codes; this class adds the one thing it lacks: refusing a code
 * whose time step has already been used, so an overheard code cannot be replayed.
 */
@Component
class TotpCodes {

  static final int PERIOD_SECONDS = 30;

  /** One step either side allows for a phone clock that is up to 30 seconds out. */
  private static final int ALLOWED_DRIFT_STEPS = 1;

  private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
  private final TimeProvider clock;

  TotpCodes() {
    this(new SystemTimeProvider());
  }

  TotpCodes(TimeProvider clock) {
    this.clock = clock;
  }

  String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  String qrCodeDataUri(String secret, String username) {
    QrData data =
        new QrData.Builder()
            .label(username)
            .secret(secret)
            .issuer("Alliance")
            .algorithm(HashingAlgorithm.SHA1)
            .digits(6)
            .period(PERIOD_SECONDS)
            .build();
    ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
    try {
      return Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("Could not draw the QR code", e);
    }
  }

  /** The time step a code belongs to, if it is valid now and newer than {@code lastUsedStep}. */
  OptionalLong verify(String secret, String code, Long lastUsedStep) {
    String digits = code == null ? "" : code.replaceAll("\\s", "");
    if (!digits.matches("\\d{6}")) {
      return OptionalLong.empty();
    }
    long now = clock.getTime() / PERIOD_SECONDS;
    for (long step = now - ALLOWED_DRIFT_STEPS; step <= now + ALLOWED_DRIFT_STEPS; step++) {
      if (lastUsedStep != null && step <= lastUsedStep) {
        continue;
      }
      if (MessageDigest.isEqual(codeAt(secret, step).getBytes(), digits.getBytes())) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The code for the current time step; tests use it to play the user's authenticator app. */
  String currentCode(String secret) {
    return codeAt(secret, clock.getTime() / PERIOD_SECONDS);
  }

  private String codeAt(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("Could not compute a one-time code", e);
    }
  }
}
