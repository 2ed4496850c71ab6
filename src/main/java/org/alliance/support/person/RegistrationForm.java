package org.alliance.support.person;

import java.time.LocalDate;
import java.util.Optional;
import org.alliance.directory.Postcodes;
import org.springframework.validation.Errors;

/**
 * The registration form as typed. Everything stays text until {@link #check} has read it, so a
 * mistyped date comes back as a message on the form, never a failed request.
 *
 * @param matchesSeen "yes" once the likely matches have been shown, so the next post registers
 */
public record RegistrationForm(
    String givenName,
    String familyName,
    String preferredName,
    String pronouns,
    String dobDay,
    String dobMonth,
    String dobYear,
    String postcode,
    String nhsNumber,
    String reference,
    String languages,
    String communicationNeeds,
    String accessibilityNeeds,
    String consent,
    String matchesSeen) {

  static final int NAME_LENGTH = 100;
  static final int NOTE_LENGTH = 500;

  /** The fields in page order, for the error summary. */
  static final String FIELDS =
      "givenName,familyName,preferredName,pronouns,dobDay,postcode,nhsNumber,reference,"
          + "languages,communicationNeeds,accessibilityNeeds,consent";

  static RegistrationForm empty() {
    return new RegistrationForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
  }

  boolean matchesAlreadySeen() {
    return "yes".equals(matchesSeen);
  }

  /** Reads the form, adding a message per mistake; a value only if there were none. */
  Optional<NewPerson> check(Errors errors, LocalDate today) {
    String given = required(errors, "givenName", givenName, "Enter their first name");
    String family = required(errors, "familyName", familyName, "Enter their last name");
    optional(errors, "preferredName", preferredName, NAME_LENGTH, "Preferred name");
    optional(errors, "pronouns", pronouns, NAME_LENGTH, "Pronouns");
    LocalDate dateOfBirth = null;
    if (!DateOfBirth.blank(dobDay, dobMonth, dobYear)) {
      dateOfBirth = DateOfBirth.parse(dobDay, dobMonth, dobYear, today).orElse(null);
      if (dateOfBirth == null) {
        errors.rejectValue(
            "dobDay", "date", "Date of birth must be a real date in the past, like 27 3 2007");
      }
    }
    String tidyPostcode = null;
    if (present(postcode)) {
      tidyPostcode = Postcodes.normalise(postcode).orElse(null);
      if (tidyPostcode == null) {
        errors.rejectValue("postcode", "format", "Enter a real postcode, like BK1 2AB");
      }
    }
    String nhs = null;
    if (present(nhsNumber)) {
      nhs = NhsNumber.parse(nhsNumber).orElse(null);
      if (nhs == null) {
        errors.rejectValue(
            "nhsNumber", "format", "Enter a valid 10-digit NHS number, like 943 476 5919");
      }
    }
    optional(errors, "reference", reference, NAME_LENGTH, "Your member's reference");
    optional(errors, "languages", languages, NOTE_LENGTH, "Languages");
    optional(errors, "communicationNeeds", communicationNeeds, NOTE_LENGTH, "Communication needs");
    optional(errors, "accessibilityNeeds", accessibilityNeeds, NOTE_LENGTH, "Accessibility needs");
    Optional<ConsentAtRegistration> sharing = ConsentAtRegistration.fromCode(consent);
    if (sharing.isEmpty()) {
      errors.rejectValue(
          "consent", "required", "Say whether they agree to share their record with other members");
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new NewPerson(
            given,
            family,
            tidy(preferredName),
            tidy(pronouns),
            dateOfBirth,
            tidyPostcode,
            nhs,
            tidy(reference),
            tidy(languages),
            tidy(communicationNeeds),
            tidy(accessibilityNeeds),
            sharing.get()));
  }

  private static String required(Errors errors, String field, String value, String message) {
    if (!present(value)) {
      errors.rejectValue(field, "required", message);
      return null;
    }
    if (value.strip().length() > NAME_LENGTH) {
      errors.rejectValue(field, "length", "Must be " + NAME_LENGTH + " characters or fewer");
      return null;
    }
    return value.strip();
  }

  private static void optional(Errors errors, String field, String value, int most, String what) {
    if (present(value) && value.strip().length() > most) {
      errors.rejectValue(field, "length", what + " must be " + most + " characters or fewer");
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String tidy(String value) {
    return present(value) ? value.strip() : null;
  }
}
