package org.alliance.support.merge;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The record to merge into this one (chosen from the likely duplicates, or given by its id, the
 * last part of its address) and why.
 */
public record MergeForm(String other, String otherId, String reason) {

  static final int MAX_REASON = 500;
  private static final Pattern UUID_SHAPE =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  static MergeForm empty() {
    return new MergeForm(null, null, null);
  }

  Optional<UUID> check(Errors errors) {
    String chosen = otherId != null && !otherId.isBlank() ? otherId.strip() : other;
    UUID id = null;
    if (chosen == null || chosen.isBlank()) {
      errors.rejectValue("other", "required", "Choose the record to merge into this one");
    } else {
      String tail = chosen.strip();
      tail = tail.substring(tail.lastIndexOf('/') + 1);
      if (tail.length() != 36 || !UUID_SHAPE.matcher(tail).matches()) {
        errors.rejectValue(
            "other", "shape", "Give the other record's id: the last part of its address");
      } else {
        id = UUID.fromString(tail);
      }
    }
    validateReason(errors, reason, "Say why these are the same person");
    return errors.hasErrors() ? Optional.empty() : Optional.of(id);
  }

  static void validateReason(Errors errors, String reason, String missing) {
    if (reason == null || reason.isBlank()) {
      errors.rejectValue("reason", "required", missing);
    } else if (reason.strip().length() > MAX_REASON) {
      errors.rejectValue(
          "reason", "length", "The reason must be " + MAX_REASON + " characters or fewer");
    }
  }
}
