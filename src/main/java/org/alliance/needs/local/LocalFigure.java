package org.alliance.needs.local;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure the alliance keeps itself (school exclusions, youth offending, A&amp;E attendances), as
 * typed on the form, checked field by field. Stored as an indicator of the same shape as the
 * profiles', so the needs page treats it alike.
 */
record LocalFigure(
    String name, String unit, String areaCode, String period, String count, String denominator) {

  static final Map<String, String> UNITS =
      Map.of(
          "rate", "A rate per 100,000 people",
          "percentage", "A percentage",
          "count", "A count");

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final BigDecimal MOST = BigDecimal.valueOf(1_000_000_000L);

  static LocalFigure blank() {
    return new LocalFigure("", "rate", "", "", "", "");
  }

  /** What is wrong, by field, in the order the form asks. */
  Map<String, String> problems(java.util.Set<String> areaCodes) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (blank(name)) {
      problems.put(
          "name", "Enter what the figure is, such as School exclusions for drugs or alcohol");
    } else if (name.strip().length() > 200 || hasControl(name)) {
      problems.put("name", "The name must be 200 characters or fewer, in plain text");
    }
    if (unit == null || !UNITS.containsKey(unit)) {
      problems.put("unit", "Choose whether it is a rate, a percentage or a count");
    }
    if (areaCode == null || !areaCodes.contains(areaCode)) {
      problems.put("areaCode", "Choose the area the figure is for");
    }
    if (blank(period)) {
      problems.put("period", "Enter the period, such as 2024/25");
    } else if (period.strip().length() > 20 || !YEAR.matcher(period).find() || hasControl(period)) {
      problems.put("period", "Enter the period with its year, such as 2024/25 or 2024");
    }
    BigDecimal events = whole(count);
    if (events == null) {
      problems.put("count", "Enter the count as a whole number, 0 or more, such as 42");
    }
    if (!"count".equals(unit)) {
      BigDecimal people = whole(denominator);
      if (people == null || people.signum() == 0) {
        problems.put(
            "denominator",
            "percentage".equals(unit)
                ? "Enter how many the percentage is out of, a whole number more than 0"
                : "Enter the population the rate is among, a whole number more than 0");
      } else if (events != null && "percentage".equals(unit) && events.compareTo(people) > 0) {
        problems.put("count", "The count cannot be more than the number it is out of");
      }
    }
    return problems;
  }

  int periodOrder() {
    Matcher year = YEAR.matcher(period);
    return year.find() ? Integer.parseInt(year.group(1)) : 0;
  }

  /** The value as the indicator reads: per 100,000, a percentage, or the count itself. */
  BigDecimal value() {
    BigDecimal events = whole(count);
    return switch (unit) {
      case "rate" ->
          events
              .multiply(BigDecimal.valueOf(100_000))
              .divide(whole(denominator), 1, RoundingMode.HALF_UP);
      case "percentage" ->
          events
              .multiply(BigDecimal.valueOf(100))
              .divide(whole(denominator), 1, RoundingMode.HALF_UP);
      default -> events;
    };
  }

  /** The indicator's code among the alliance's own: its name, lower case, words joined by "-". */
  String code() {
    String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "figure" : slug.substring(0, Math.min(slug.length(), 100));
  }

  static BigDecimal whole(String text) {
    if (blank(text) || !text.strip().replace(",", "").matches("\\d{1,12}")) {
      return null;
    }
    BigDecimal number = new BigDecimal(text.strip().replace(",", ""));
    return number.compareTo(MOST) > 0 ? null : number;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static boolean hasControl(String text) {
    return text.chars().anyMatch(c -> c < 0x20);
  }
}
