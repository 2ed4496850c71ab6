package org.alliance.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * How a recovery code is kept: SHA-256 of a random 16-byte salt and the code, as {@code
 * s1:salt:hash}. Codes carry 50 random bits, so a slow hash is not needed, but the salt means equal
 * codes never look equal and no table precomputed over the code alphabet fits. Codes stored before
 * salting (bare SHA-256 hex) are still accepted until used or replaced.
 */
final class RecoveryCodeHash {

  private static final String PREFIX = "s1:";

  private RecoveryCodeHash() {}

  static String of(String code, SecureRandom random) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return PREFIX + Base64.getEncoder().encodeToString(salt) + ":" + digest(salt, code);
  }

  static boolean matches(String code, String stored) {
    String expected;
    String actual;
    if (stored.startsWith(PREFIX)) {
      String[] parts = stored.split(":", 3);
      if (parts.length != 3) {
        return false;
      }
      expected = parts[2];
      actual = digest(Base64.getDecoder().decode(parts[1]), code);
    } else {
      expected = stored;
      actual = digest(new byte[0], code);
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
  }

  private static String digest(byte[] salt, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
