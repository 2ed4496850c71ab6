package org.alliance.support.merge;

import org.springframework.validation.Errors;

/** Why a merge is undone. */
public record UndoForm(String reason) {

  static UndoForm empty() {
    return new UndoForm(null);
  }

  boolean check(Errors errors) {
    MergeForm.validateReason(errors, reason, "Say why these are not the same person");
    return !errors.hasErrors();
  }
}
