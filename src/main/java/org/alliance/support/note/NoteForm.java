package org.alliance.support.note;

import java.util.Optional;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.validation.Errors;

/** A case note as typed, and the note it corrects, if any. */
public record NoteForm(String label, String body, String corrects) {

  static final int BODY_MAX = 20_000;

  static NoteForm empty(String corrects, SensitivityLabel label) {
    return new NoteForm(label == null ? "" : label.code(), "", corrects == null ? "" : corrects);
  }

  record Checked(SensitivityLabel label, String body) {}

  Optional<Checked> check(Errors errors) {
    SensitivityLabel sensitive = null;
    if (label != null && !label.isBlank()) {
      Optional<SensitivityLabel> known = SensitivityLabel.fromCode(label);
      if (known.isEmpty()) {
        errors.rejectValue("label", "unknown", "Choose a label from the list, or none");
      } else {
        sensitive = known.get();
      }
    }
    String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (text.isEmpty()) {
      errors.rejectValue("body", "required", "Write the note");
    } else if (text.codePointCount(0, text.length()) > BODY_MAX) {
      errors.rejectValue("body", "length", "The note must be 20,000 characters or fewer");
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new Checked(sensitive, text));
  }

  public boolean labelled(String code) {
    return code.equals(label);
  }

  public boolean correcting() {
    return corrects != null && !corrects.isBlank();
  }
}
