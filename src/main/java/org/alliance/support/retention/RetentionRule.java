package org.alliance.support.retention;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a record is kept, by the NHS Records Management Code of Practice (2023), which the
 * alliance follows for its drug and alcohol records: an adult's record for 8 years after the last
 * contact; a child's (under 18 at the last contact) until their 25th birthday or for 8 years after
 * the last contact, whichever is later. With no date of birth nobody can tell a child's record, so
 * the adult rule applies and the rule says why.
 */
public enum RetentionRule {
  ADULT("adult", "Adult: 8 years after the last contact"),
  ADULT_NO_DATE_OF_BIRTH(
      "adult-no-date-of-birth", "No date of birth recorded: 8 years after the last contact"),
  CHILD_25TH_BIRTHDAY("child-25th-birthday", "Under 18 at the last contact: their 25th birthday"),
  CHILD_8_YEARS(
      "child-8-years", "Under 18 at the last contact: 8 years after it (later than their 25th)");

  static final int YEARS_AFTER_LAST_CONTACT = 8;
  static final int CHILD_UNTIL_BIRTHDAY = 25;
  static final int ADULT_FROM = 18;

  private final String code;
  private final String label;

  RetentionRule(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static RetentionRule fromCode(String code) {
    for (RetentionRule rule : values()) {
      if (rule.code.equals(code)) {
        return rule;
      }
    }
    throw new IllegalArgumentException("No retention rule " + code);
  }

  /** The day a record may be destroyed, and the rule that set it. */
  public record Due(LocalDate on, RetentionRule rule) {
    public boolean reachedBy(LocalDate today) {
      return !on.isAfter(today);
    }
  }

  /**
   * When a record becomes due.
   *
   * @param dateOfBirth null when not recorded
   * @param lastContact the day of the last contact, or of registration when there was none
   */
  public static Due due(LocalDate dateOfBirth, LocalDate lastContact) {
    LocalDate eightYears = lastContact.plusYears(YEARS_AFTER_LAST_CONTACT);
    if (dateOfBirth == null) {
      return new Due(eightYears, ADULT_NO_DATE_OF_BIRTH);
    }
    if (Period.between(dateOfBirth, lastContact).getYears() >= ADULT_FROM) {
      return new Due(eightYears, ADULT);
    }
    LocalDate twentyFifth = dateOfBirth.plusYears(CHILD_UNTIL_BIRTHDAY);
    return twentyFifth.isAfter(eightYears)
        ? new Due(twentyFifth, CHILD_25TH_BIRTHDAY)
        : new Due(eightYears, CHILD_8_YEARS);
  }
}
