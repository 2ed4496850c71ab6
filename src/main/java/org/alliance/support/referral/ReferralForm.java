package org.alliance.support.referral;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.validation.Errors;

/**
 * The referral form: its target (a directory service or a member, carried from the page before),
 * the search that found the service, the basis (their consent, or an override with a reason), the
 * sensitive parts shared and a note for the receiver.
 */
public record ReferralForm(
    String service,
    String member,
    String words,
    String postcode,
    String basis,
    String overrideReason,
    List<String> labels,
    String note) {

  static final int MAX_REASON = 500;
  static final int MAX_NOTE = 2000;

  static ReferralForm empty(String service, String member, String words, String postcode) {
    return new ReferralForm(service, member, words, postcode, null, null, List.of(), null);
  }

  public boolean sharing(String code) {
    return labels != null && labels.contains(code);
  }

  Optional<NewReferral> check(Errors errors, String foundBy, UUID memberId) {
    boolean override = "override".equals(basis);
    if (!override && !"consent".equals(basis)) {
      errors.rejectValue("basis", "required", "Say whether they agreed to this referral");
    }
    if (override) {
      if (overrideReason == null || overrideReason.isBlank()) {
        errors.rejectValue(
            "overrideReason", "required", "Say why you are referring without their agreement");
      } else if (overrideReason.strip().length() > MAX_REASON) {
        errors.rejectValue(
            "overrideReason",
            "length",
            "The reason must be " + MAX_REASON + " characters or fewer");
      }
    }
    Set<SensitivityLabel> chosen = EnumSet.noneOf(SensitivityLabel.class);
    for (String code : labels == null ? List.<String>of() : labels) {
      Optional<SensitivityLabel> label = SensitivityLabel.fromCode(code);
      if (label.isEmpty()) {
        errors.rejectValue("labels", "unknown", "Choose the sensitive parts from the list");
        break;
      }
      chosen.add(label.get());
    }
    if (note != null && note.strip().length() > MAX_NOTE) {
      errors.rejectValue("note", "length", "The note must be " + MAX_NOTE + " characters or fewer");
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new NewReferral(
            memberId == null ? service : null,
            memberId,
            override,
            override ? overrideReason.strip() : null,
            chosen,
            note == null || note.isBlank() ? null : note.strip(),
            memberId == null ? foundBy : null));
  }
}
