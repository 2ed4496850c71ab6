package org.alliance.identity;

import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable, after NCSC guidance: long rather than complex, and not one that
 * attackers try first. No composition rules and no forced expiry.
 */
final class PasswordRules {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 256;

  private static final Set<String> COMMON =
      Set.of(
          "password1234",
          "123456789012",
          "qwertyuiop12",
          "passwordpassword",
          "letmein12345",
          "iloveyou1234",
          "welcome12345",
          "administrator",
          "alliance1234",
          "changeme1234",
          "abc123456789",
          "qwerty123456",
          "password123!",
          "1q2w3e4r5t6y");

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
    if (COMMON.contains(password.toLowerCase()) || password.chars().distinct().count() < 4) {
      return Optional.of("Password is too easy to guess. Try three random words");
    }
    return Optional.empty();
  }
}
