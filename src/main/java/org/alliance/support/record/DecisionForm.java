package org.alliance.support.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.validation.Errors;

/** The team's decision on a request for access: which labels, until when, and why. */
public record DecisionForm(
    String decision,
    List<String> labels,
    String endsDay,
    String endsMonth,
    String endsYear,
    String note) {

  record Checked(boolean approve, Set<SensitivityLabel> labels, LocalDate endsOn, String note) {}

  Optional<Checked> check(Errors errors, LocalDate today) {
    boolean approve = "approve".equals(decision);
    if (!approve && !"refuse".equals(decision)) {
      errors.reject("decision", "Choose whether to approve or refuse the request");
      return Optional.empty();
    }
    Set<SensitivityLabel> chosen = EnumSet.noneOf(SensitivityLabel.class);
    for (String code : labels == null ? List.<String>of() : labels) {
      Optional<SensitivityLabel> label = SensitivityLabel.fromCode(code);
      if (label.isEmpty()) {
        errors.reject("labels", "Choose the sensitive parts from the list");
        return Optional.empty();
      }
      chosen.add(label.get());
    }
    LocalDate ends = null;
    if (approve) {
      try {
        ends =
            LocalDate.of(
                Integer.parseInt(endsYear.strip()),
                Integer.parseInt(endsMonth.strip()),
                Integer.parseInt(endsDay.strip()));
      } catch (NumberFormatException | DateTimeException | NullPointerException e) {
        errors.reject("ends", "Give the date access ends, like 31 3 2027");
        return Optional.empty();
      }
      if (!ends.isAfter(today) || ends.isAfter(today.plusYears(1))) {
        errors.reject("ends", "Access must end after today and within a year");
        return Optional.empty();
      }
    }
    if (note != null && note.strip().length() > 500) {
      errors.reject("note", "The note must be 500 characters or fewer");
      return Optional.empty();
    }
    return Optional.of(
        new Checked(approve, chosen, ends, note == null || note.isBlank() ? null : note.strip()));
  }
}
