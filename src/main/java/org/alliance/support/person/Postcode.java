package org.alliance.support.person;

/** Postcodes are stored as the directory tidies them ("BK12AB"); people read them spaced. */
final class Postcode {

  private Postcode() {}

  static String spaced(String tidy) {
    if (tidy == null || tidy.length() < 5) {
      return tidy;
    }
    return tidy.substring(0, tidy.length() - 3) + " " + tidy.substring(tidy.length() - 3);
  }
}
