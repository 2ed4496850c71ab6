package org.alliance.support.person;

import java.util.Optional;

/** NHS numbers: ten digits, the last a modulus 11 check digit (NHS Data Dictionary). */
final class NhsNumber {

  private NhsNumber() {}

  /** The ten digits, with spaces and hyphens people type taken out, if the number is valid. */
  static Optional<String> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = typed.replaceAll("[\\s-]", "");
    if (!digits.matches("[0-9]{10}")) {
      return Optional.empty();
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - (sum % 11);
    if (check == 11) {
      check = 0;
    }
    if (check == 10 || check != digits.charAt(9) - '0') {
      return Optional.empty();
    }
    return Optional.of(digits);
  }
}
