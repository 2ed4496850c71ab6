package org.alliance.needs.statistics;

/**
 * How an area's value compares with a comparator's (its parent area, or England), as the public
 * health profiles say it: significantly higher or lower when the comparator's value lies outside
 * the area's confidence interval, similar when inside it, and not compared without both.
 */
public enum Comparison {
  HIGHER("Significantly higher"),
  SIMILAR("Similar"),
  LOWER("Significantly lower"),
  NOT_COMPARED("Not compared");

  private final String words;

  Comparison(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  public static Comparison of(Interval area, Double comparator) {
    if (area == null || !area.hasLimits() || comparator == null || comparator.isNaN()) {
      return NOT_COMPARED;
    }
    if (area.lower() > comparator) {
      return HIGHER;
    }
    if (area.upper() < comparator) {
      return LOWER;
    }
    return SIMILAR;
  }
}
