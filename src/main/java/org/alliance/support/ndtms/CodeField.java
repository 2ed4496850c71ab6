package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;

/** A coded answer on a form: blank, or a code of its list valid on the day it describes. */
final class CodeField {

  private CodeField() {}

  static String check(
      Errors errors,
      CodeBook book,
      String field,
      String list,
      String value,
      LocalDate on,
      boolean required,
      String what) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.rejectValue(field, "required", "Choose " + what);
      }
      return null;
    }
    String code = value.strip();
    Optional<String> problem = book.problem(list, code, on);
    if (problem.isPresent()) {
      errors.rejectValue(
          field,
          "code",
          book.any(list, code).isPresent()
              ? "Choose " + what + " valid on " + on + ": " + problem.get()
              : "Choose " + what + " from the list");
      return null;
    }
    return code;
  }
}
