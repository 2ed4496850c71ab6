package org.alliance.areas;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The levels of the hierarchy, largest first. */
public enum AreaKind {
  COUNTRY,
  REGION,
  COUNTY,
  DISTRICT,
  TOWN,
  WARD;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AreaKind> parse(String text) {
    return Arrays.stream(values()).filter(kind -> kind.code().equals(text)).findFirst();
  }
}
