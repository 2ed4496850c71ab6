package org.alliance.outcomes.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of an indicator's definition. A figure names the version it was computed with, so a
 * later change of wording or target does not change what an old figure meant.
 *
 * @param period the period its figures are reported by by default
 * @param target the figure the contract asks for, or null when there is none
 * @param better {@code higher} or {@code lower}: which way is an improvement
 * @param contractId the commissioning contract whose targets it carries, or null
 * @param computedFrom the code of support's tally it is computed from
 * @param caveat what a reader must know beside every figure (a local estimate...), or null
 */
public record IndicatorDefinition(
    String code,
    int version,
    String name,
    String description,
    String numerator,
    String denominator,
    Period period,
    BigDecimal target,
    String better,
    UUID contractId,
    LocalDate validFrom,
    String computedFrom,
    String caveat) {

  /**
   * How far a rate falls short of the target, in points: positive on the worse side, zero or less
   * when the target is met; null with no target. The one comparison every page and report uses.
   */
  public BigDecimal shortfall(BigDecimal percent) {
    return shortfall(percent, target, better);
  }

  /** {@link #shortfall(BigDecimal)} for a target and direction given apart from a definition. */
  public static BigDecimal shortfall(BigDecimal percent, BigDecimal target, String better) {
    if (target == null) {
      return null;
    }
    return "lower".equals(better) ? percent.subtract(target) : target.subtract(percent);
  }
}
