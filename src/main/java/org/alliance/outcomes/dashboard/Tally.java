package org.alliance.outcomes.dashboard;

import org.alliance.outcomes.indicator.Figures.Line;

/**
 * How many of the figures on a page are withheld, so a page of mostly {@code [c]} still says what
 * it holds and why.
 *
 * @param counts numerators and denominators shown on the page
 * @param countsWithheld of those, withheld
 * @param rates rates shown on the page
 * @param ratesWithheld of those, withheld because a count they are made from is
 * @param ratesWithoutDenominator of those, not rates at all: nothing to count against
 */
record Tally(
    int counts, int countsWithheld, int rates, int ratesWithheld, int ratesWithoutDenominator) {

  static final Tally EMPTY = new Tally(0, 0, 0, 0, 0);

  /**
   * The figures of the lines a page shows, each line once however often it appears (a range of one
   * period shows the same line as the period and as the whole range).
   */
  static Tally of(java.util.Collection<Line> lines) {
    Tally tally = EMPTY;
    for (Line line : lines) {
      tally = tally.with(line);
    }
    return tally;
  }

  Tally with(Line line) {
    if (line == null) {
      return this;
    }
    int withheld =
        (line.numerator().isSuppressed() ? 1 : 0) + (line.denominator().isSuppressed() ? 1 : 0);
    return new Tally(
        counts + 2,
        countsWithheld + withheld,
        rates + 1,
        ratesWithheld + (line.rate().isSuppressed() ? 1 : 0),
        ratesWithoutDenominator
            + (line.rate().status() == org.alliance.outcomes.disclosure.Rate.Status.NO_DENOMINATOR
                ? 1
                : 0));
  }

  Tally plus(Tally other) {
    return new Tally(
        counts + other.counts,
        countsWithheld + other.countsWithheld,
        rates + other.rates,
        ratesWithheld + other.ratesWithheld,
        ratesWithoutDenominator + other.ratesWithoutDenominator);
  }

  public boolean anyWithheld() {
    return countsWithheld > 0 || ratesWithheld > 0;
  }
}
