package org.alliance.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What makes a password acceptable, after NCSC guidance: long rather than complex, and not one that
 * attackers try first. No composition rules and no forced expiry.
 *
 * <p>"Tried first" is the common-password list of zxcvbn-ts ({@code @zxcvbn-ts/language-common}
 * 4.1.3, MIT licence, 49,233 passwords from breach corpora; {@code
 * identity/common-passwords.txt.gz} with its licence beside it), plus a few of our own. A password
 * is refused if it is on the list, or is a listed one with digits and symbols stuck on either end
 * ("monkey123456", "leavemealone!"), the commonest way people stretch a short password.
 */
final class PasswordRules {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 256;

  private static final Set<String> COMMON = load();

  private static final Set<String> OURS =
      Set.of("alliance1234", "alliancealliance", "changeme1234", "administrator", "password123!");

  private PasswordRules() {}

  /** Why a new password is refused, or empty if it is acceptable. */
  static Optional<String> problemWith(String password, String username) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Enter a new password");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
    }
    if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
      return Optional.of("Password must not contain your user name");
    }
    if (isCommon(password) || password.chars().distinct().count() < 4) {
      return Optional.of("Password is too easy to guess. Try three random words");
    }
    return Optional.empty();
  }

  static boolean isCommon(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
    return COMMON.contains(lower)
        || OURS.contains(lower)
        || (!core.isEmpty() && (COMMON.contains(core) || OURS.contains(core)));
  }

  static int listSize() {
    return COMMON.size();
  }

  private static Set<String> load() {
    String resource = "/identity/common-passwords.txt.gz";
    try (InputStream raw = PasswordRules.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      Set<String> common = new HashSet<>(70_000);
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
        lines
            .lines()
            .map(line -> line.trim().toLowerCase(Locale.ROOT))
            .filter(line -> !line.isEmpty())
            .forEach(common::add);
      }
      return Set.copyOf(common);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
