package org.alliance.outcomes.dashboard;

import org.alliance.outcomes.indicator.Figures.Line;

/**
 * One line of figures as a page writes it: the rate, its numerator and denominator, each with its
 * mark where withheld, and why the rate is not shown when it is not.
 *
 * @param why null when the rate is shown
 */
record Shown(String rate, String numerator, String denominator, String why) {

  /** For a line that does not exist (a group with no figures in a period). */
  static final Shown NONE =
      new Shown(Marks.NOT_APPLICABLE, "0", "0", "no rate: nothing to count it against");

  static Shown of(Line line) {
    if (line == null) {
      return NONE;
    }
    return new Shown(
        Marks.rate(line.rate()),
        Marks.count(line.numerator()),
        Marks.count(line.denominator()),
        Marks.rateReason(line.rate()));
  }

  /** "6 of 20": the counts the rate is made from. */
  public String counts() {
    return numerator + " of " + denominator;
  }
}
