package org.alliance.outcomes.disclosure;

import java.math.RoundingMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rule's settings, {@code alliance.outcomes.disclosure.*} (README, "Configuration"). A setting
 * that cannot be used stops the application at start with one line naming it ({@code
 * CommandErrors}), rather than publishing tables under a rule nobody meant.
 *
 * @param threshold counts from 1 to {@code threshold - 1} are suppressed (5: 1 to 4)
 * @param roundTo shown counts are rounded to the nearest multiple of this; 0 (or 1) does not round
 * @param roundingMode how a count, and a rate to its decimals, is rounded
 * @param rateDecimals decimal places of a rate shown as a percentage
 */
@ConfigurationProperties("alliance.outcomes.disclosure")
public record DisclosureSettings(
    @DefaultValue("5") int threshold,
    @DefaultValue("0") int roundTo,
    @DefaultValue("HALF_UP") RoundingMode roundingMode,
    @DefaultValue("1") int rateDecimals) {

  /** The usual UK practice: counts of 1 to 4 suppressed, nothing rounded, rates to 0.1%. */
  public static final DisclosureSettings DEFAULT =
      new DisclosureSettings(5, 0, RoundingMode.HALF_UP, 1);

  public DisclosureSettings {
    if (threshold < 2) {
      throw new IllegalArgumentException(
          "alliance.outcomes.disclosure.threshold must be 2 or more (5 suppresses counts of 1 to"
              + " 4), not "
              + threshold);
    }
    if (roundTo < 0) {
      throw new IllegalArgumentException(
          "alliance.outcomes.disclosure.round-to must be 0 (no rounding) or a positive count,"
              + " not "
              + roundTo);
    }
    if (roundingMode == null || roundingMode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException(
          "alliance.outcomes.disclosure.rounding-mode must be a rounding mode that rounds, like"
              + " HALF_UP");
    }
    if (rateDecimals < 0 || rateDecimals > 6) {
      throw new IllegalArgumentException(
          "alliance.outcomes.disclosure.rate-decimals must be from 0 to 6, not " + rateDecimals);
    }
  }

  /** Whether shown counts are rounded at all. */
  public boolean rounds() {
    return roundTo > 1;
  }
}
