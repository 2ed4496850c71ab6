package org.alliance.support.person;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Changing who a person is recorded as. The same fields and the same checks as registering (one
 * rule, in {@link RegistrationForm}), plus the version the practitioner opened, so that a change
 * made meanwhile by someone else is never overwritten unseen.
 */
public record DetailsForm(
    String givenName,
    String familyName,
    String preferredName,
    String pronouns,
    String dobDay,
    String dobMonth,
    String dobYear,
    String postcode,
    String nhsNumber,
    String languages,
    String communicationNeeds,
    String accessibilityNeeds,
    String version) {

  static final String FIELDS =
      "givenName,familyName,preferredName,pronouns,dobDay,postcode,nhsNumber,languages,"
          + "communicationNeeds,accessibilityNeeds";

  static DetailsForm of(Person person) {
    LocalDate dob = person.dateOfBirth();
    return new DetailsForm(
        person.givenName(),
        person.familyName(),
        blank(person.preferredName()),
        blank(person.pronouns()),
        dob == null ? "" : Integer.toString(dob.getDayOfMonth()),
        dob == null ? "" : Integer.toString(dob.getMonthValue()),
        dob == null ? "" : Integer.toString(dob.getYear()),
        person.postcode() == null ? "" : Postcode.spaced(person.postcode()),
        blank(person.nhsNumber()),
        blank(person.languages()),
        blank(person.communicationNeeds()),
        blank(person.accessibilityNeeds()),
        Integer.toString(person.version()));
  }

  Optional<NewPerson> check(org.springframework.validation.Errors errors, LocalDate today) {
    return new RegistrationForm(
            givenName,
            familyName,
            preferredName,
            pronouns,
            dobDay,
            dobMonth,
            dobYear,
            postcode,
            nhsNumber,
            "",
            languages,
            communicationNeeds,
            accessibilityNeeds,
            ConsentAtRegistration.NOT_ASKED.code(),
            "yes")
        .check(errors, today);
  }

  /** The version opened, or -1 (which matches no row) if the form was tampered with. */
  int expectedVersion() {
    return version != null && version.matches("[0-9]{1,9}") ? Integer.parseInt(version) : -1;
  }

  static String day(LocalDate date) {
    return date == null ? "Not known" : DateTimeFormatter.ofPattern("d MMMM yyyy").format(date);
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
