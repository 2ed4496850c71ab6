package org.alliance.support.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * A person as their record shows them. Age and the 18 and 21 milestones are worked out from the
 * date of birth on the day, never stored, so they are never out of date.
 */
public record Person(
    UUID id,
    String givenName,
    String familyName,
    String preferredName,
    String pronouns,
    LocalDate dateOfBirth,
    String postcode,
    String nhsNumber,
    String languages,
    String communicationNeeds,
    String accessibilityNeeds,
    UUID registeredByMember,
    Instant registeredAt,
    Instant lastContactAt,
    UUID mergedInto,
    int version) {

  public String fullName() {
    return givenName + " " + familyName;
  }

  /** The name to greet them by: their preferred name where they gave one. */
  public String knownAs() {
    return preferredName == null || preferredName.isBlank() ? givenName : preferredName;
  }

  public Integer ageOn(LocalDate day) {
    return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
  }

  public LocalDate turns(int years) {
    return dateOfBirth == null ? null : turns(dateOfBirth, years);
  }

  /**
   * The day someone born on {@code born} reaches an age. Born on 29 February, they reach it on 1
   * March in a year without a 29 February, as the law in England, Wales and Scotland counts it
   * (Java's {@code plusYears} would say 28 February).
   */
  public static LocalDate turns(LocalDate born, int years) {
    LocalDate on = born.plusYears(years);
    return born.getMonthValue() == 2 && born.getDayOfMonth() == 29 && !on.isLeapYear()
        ? on.plusDays(1)
        : on;
  }

  /** The NHS number as people write it: 3, 3 and 4 digits. */
  public String nhsNumberSpaced() {
    return nhsNumber == null
        ? null
        : nhsNumber.substring(0, 3)
            + " "
            + nhsNumber.substring(3, 6)
            + " "
            + nhsNumber.substring(6);
  }
}
