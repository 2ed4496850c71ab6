package org.alliance.outcomes.disclosure;

import java.math.BigInteger;

/** An exact rational number, kept in lowest terms with a positive denominator. */
record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

  static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  Fraction {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("a fraction over zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  static Fraction of(BigInteger whole) {
    return new Fraction(whole, BigInteger.ONE);
  }

  static Fraction of(long whole) {
    return of(BigInteger.valueOf(whole));
  }

  int signum() {
    return numerator.signum();
  }

  Fraction add(Fraction other) {
    if (denominator.equals(other.denominator)) {
      return new Fraction(numerator.add(other.numerator), denominator);
    }
    return new Fraction(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  Fraction subtract(Fraction other) {
    return add(other.negate());
  }

  Fraction multiply(Fraction other) {
    if (signum() == 0 || other.signum() == 0) {
      return ZERO;
    }
    return new Fraction(
        numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  Fraction divide(Fraction other) {
    return new Fraction(
        numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  Fraction negate() {
    return new Fraction(numerator.negate(), denominator);
  }

  /** The largest whole number not above this. */
  BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** The smallest whole number not below this. */
  BigInteger ceiling() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }
}
