package org.alliance.outcomes.indicator;

import java.util.Optional;

/** What a figure may be broken down by. {@code NONE} gives one line: everyone. */
public enum Breakdown {
  NONE("none"),
  MEMBER("member"),
  SEX("sex"),
  AGE_BAND("age-band"),
  ETHNICITY("ethnicity"),
  /** The outward part of the person's postcode, such as PL1. */
  AREA("area");

  private final String code;

  Breakdown(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Breakdown> fromCode(String code) {
    for (Breakdown breakdown : values()) {
      if (breakdown.code.equals(code)) {
        return Optional.of(breakdown);
      }
    }
    return Optional.empty();
  }
}
