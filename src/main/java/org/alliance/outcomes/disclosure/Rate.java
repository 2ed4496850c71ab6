package org.alliance.outcomes.disclosure;

import java.math.BigDecimal;

/**
 * A percentage made from two disclosed figures: {@code percent} is null unless {@code status} is
 * {@link Status#SHOWN} or {@link Status#FROM_ROUNDED_FIGURES}.
 */
public record Rate(BigDecimal percent, Status status) {

  public enum Status {
    /** Numerator over denominator, both shown exactly. */
    SHOWN,
    /** Made from the rounded figures shown, so it tells no more than they do. */
    FROM_ROUNDED_FIGURES,
    /** The numerator or the denominator is suppressed, so the rate is too. */
    SUPPRESSED,
    /** The denominator is zero: there is no rate. */
    NO_DENOMINATOR
  }

  public Rate {
    if (status == null) {
      throw new IllegalArgumentException("a rate needs a status");
    }
    boolean hasFigure = status == Status.SHOWN || status == Status.FROM_ROUNDED_FIGURES;
    if ((percent != null) != hasFigure) {
      throw new IllegalArgumentException("a rate has a figure exactly when it is shown");
    }
  }

  public boolean isSuppressed() {
    return status == Status.SUPPRESSED;
  }
}
