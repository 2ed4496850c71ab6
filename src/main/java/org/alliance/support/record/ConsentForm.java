package org.alliance.support.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.support.access.ConsentState;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.validation.Errors;

/**
 * The person's answer about sharing, as typed: given, refused or withdrawn; with every member or
 * some; which sensitive parts; until when.
 */
public record ConsentForm(
    String state,
    String scope,
    List<String> members,
    List<String> parts,
    String expiresDay,
    String expiresMonth,
    String expiresYear,
    String note) {

  static final String FIELDS = "state,scope,members,parts,expiresDay,note";

  static ConsentForm empty() {
    return new ConsentForm("", "every", List.of(), List.of(), "", "", "", "");
  }

  record Checked(
      ConsentState state,
      List<UUID> members,
      Set<SensitivityLabel> parts,
      LocalDate expiresOn,
      String note) {}

  Optional<Checked> check(Errors errors, List<UUID> knownMembers, LocalDate today) {
    Optional<ConsentState> answer = ConsentState.fromCode(state);
    if (answer.isEmpty()) {
      errors.rejectValue("state", "required", "Say what the person has decided");
    }
    List<UUID> chosen = new ArrayList<>();
    boolean given = answer.isPresent() && answer.get() == ConsentState.GIVEN;
    if (given && "some".equals(scope)) {
      for (String member : members == null ? List.<String>of() : members) {
        knownMembers.stream()
            .filter(m -> m.toString().equals(member))
            .findFirst()
            .ifPresent(chosen::add);
      }
      if (chosen.isEmpty()) {
        errors.rejectValue("members", "required", "Choose the members they agree to share with");
      }
    } else if (given && !"every".equals(scope)) {
      errors.rejectValue(
          "scope", "required", "Say whether they agree to share with every member or some");
    }
    Set<SensitivityLabel> labels = EnumSet.noneOf(SensitivityLabel.class);
    for (String part : parts == null ? List.<String>of() : parts) {
      Optional<SensitivityLabel> label = SensitivityLabel.fromCode(part);
      if (label.isEmpty()) {
        errors.rejectValue("parts", "unknown", "Choose the sensitive parts from the list");
        break;
      }
      label.ifPresent(labels::add);
    }
    LocalDate expires = null;
    if (given && !(blank(expiresDay) && blank(expiresMonth) && blank(expiresYear))) {
      try {
        expires =
            LocalDate.of(
                Integer.parseInt(expiresYear.strip()),
                Integer.parseInt(expiresMonth.strip()),
                Integer.parseInt(expiresDay.strip()));
        if (!expires.isAfter(today) || expires.getYear() > today.getYear() + 10) {
          errors.rejectValue(
              "expiresDay", "range", "The expiry date must be in the next ten years");
        }
      } catch (NumberFormatException | DateTimeException | NullPointerException e) {
        errors.rejectValue(
            "expiresDay", "date", "The expiry date must be a real date, like 31 3 2027");
      }
    }
    if (note != null && note.strip().length() > 500) {
      errors.rejectValue("note", "length", "The note must be 500 characters or fewer");
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new Checked(
            answer.get(),
            given ? chosen : List.of(),
            given ? labels : Set.of(),
            expires,
            blank(note) ? null : note.strip()));
  }

  public boolean chose(String member) {
    return members != null && members.contains(member);
  }

  public boolean sharing(String part) {
    return parts != null && parts.contains(part);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
