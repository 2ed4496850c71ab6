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

  /**
   * The kind the public health profiles' "Area Type" names: "England", "Region", "Counties &amp;
   * UAs", "Districts &amp; UAs", "Ward"; other types (health geographies, practices) are none of
   * these.
   */
  public static Optional<AreaKind> ofProfilesType(String type) {
    if (type == null) {
      return Optional.empty();
    }
    String lower = type.toLowerCase(Locale.ROOT);
    if (lower.equals("england") || lower.equals("country")) {
      return Optional.of(COUNTRY);
    }
    if (lower.startsWith("region")) {
      return Optional.of(REGION);
    }
    if (lower.startsWith("count")) {
      return Optional.of(COUNTY);
    }
    if (lower.startsWith("district")) {
      return Optional.of(DISTRICT);
    }
    if (lower.startsWith("ward")) {
      return Optional.of(WARD);
    }
    return Optional.empty();
  }

  public static Optional<AreaKind> parse(String text) {
    return Arrays.stream(values()).filter(kind -> kind.code().equals(text)).findFirst();
  }
}
