package org.alliance.outcomes.indicator;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/** The periods figures are reported by. Quarters are calendar quarters (January to March...). */
public enum Period {
  MONTH,
  QUARTER,
  YEAR;

  /** The period's label for a month in it: {@code 2026-01}, {@code 2026-Q1} or {@code 2026}. */
  public String label(YearMonth month) {
    return switch (this) {
      case MONTH -> month.toString();
      case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(month.getYear());
    };
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Period> fromCode(String code) {
    for (Period period : values()) {
      if (period.code().equals(code)) {
        return Optional.of(period);
      }
    }
    return Optional.empty();
  }
}
