package org.alliance.outcomes.disclosure;

/**
 * Why a disclosed figure looks as it does. Pages must show one and the same mark for {@link
 * #PRIMARY} and {@link #SECONDARY}: a reader who could tell them apart would know a primary cell
 * lies between 1 and the threshold less one, which narrows what the others could be.
 */
public enum Reason {
  /** The true count, shown as it is. */
  SHOWN,
  /** The true count rounded by the rounding setting. */
  ROUNDED,
  /** Suppressed: a count from 1 to the threshold less one. */
  PRIMARY,
  /** Suppressed: shown, it would let a reader work out a primary cell by subtraction. */
  SECONDARY;

  public boolean suppressed() {
    return this == PRIMARY || this == SECONDARY;
  }
}
