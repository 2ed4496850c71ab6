package org.alliance.needs.statistics;

/**
 * Confidence intervals the way public health teams compute them (Public Health England's technical
 * guide on confidence intervals): Byar's approximation to the Poisson for a count over a population
 * (a rate), Wilson's score interval for a proportion. 95% is the default; 99.8% is the profiles'
 * second level.
 */
public final class Confidence {

  /** The normal quantiles: 1.96 for 95%, 3.09 for 99.8%. */
  public static final double Z95 = 1.959963984540054;

  public static final double Z998 = 3.090232306167813;

  private Confidence() {}

  /**
   * A rate per {@code per} people (100,000 for most indicators) with Byar's interval.
   *
   * @param count the events (0 or more)
   * @param population the people they happened among (more than 0)
   */
  public static Interval byar(long count, double population, double per, double z) {
    if (count < 0 || !(population > 0) || !(per > 0)) {
      throw new IllegalArgumentException("a rate needs a count of 0 or more over a population");
    }
    double lower =
        count == 0 ? 0 : count * Math.pow(1 - 1 / (9.0 * count) - z / (3 * Math.sqrt(count)), 3);
    long next = count + 1;
    double upper = next * Math.pow(1 - 1 / (9.0 * next) + z / (3 * Math.sqrt(next)), 3);
    double scale = per / population;
    return new Interval(count * scale, lower * scale, upper * scale, "Byar's method");
  }

  /**
   * A proportion as a percentage, with Wilson's score interval.
   *
   * @param count those with the outcome, 0 to {@code total}
   */
  public static Interval wilson(long count, long total, double z) {
    if (total <= 0 || count < 0 || count > total) {
      throw new IllegalArgumentException("a proportion needs 0 to total out of a total over 0");
    }
    double p = (double) count / total;
    double z2 = z * z;
    double centre = 2 * count + z2;
    double spread = z * Math.sqrt(z2 + 4 * count * (1 - p));
    double denominator = 2 * (total + z2);
    return new Interval(
        100 * p,
        100 * (centre - spread) / denominator,
        100 * (centre + spread) / denominator,
        "Wilson's score method");
  }
}
