package org.alliance.support.record;

import org.springframework.validation.Errors;

/** Why someone asks for access or breaks the glass: required, and short enough to review. */
public record Reason(String reason) {

  static final int MAX = 500;

  static Reason empty() {
    return new Reason("");
  }

  String tidy() {
    return reason.strip();
  }

  void validate(Errors errors, String missing) {
    if (reason == null || reason.isBlank()) {
      errors.rejectValue("reason", "required", missing);
    } else if (reason.strip().length() > MAX) {
      errors.rejectValue("reason", "length", "The reason must be " + MAX + " characters or fewer");
    }
  }
}
