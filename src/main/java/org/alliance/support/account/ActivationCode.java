package org.alliance.support.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A one-time code for making a person's account: twelve characters a person can read out and type
 * on a phone (no 0, O, 1, I or L), about 59 bits, shown once in groups of four and stored only as
 * its SHA-256. A slow hash buys nothing here: the code is random, used once and expires in days.
 */
record ActivationCode(String plain) {

  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  static ActivationCode generate() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new ActivationCode(code.toString());
  }

  /** As shown and read out: {@code ABCD-EFGH-JKMN}. */
  String grouped() {
    return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
  }

  /** The stored form of what someone typed: spaces and dashes dropped, in any case. */
  static String hashOf(String typed) {
    String tidy = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(tidy.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  String hash() {
    return hashOf(plain);
  }
}
