package org.alliance.support.ndtms;

/** The version a form was opened on, as the hidden field sends it back. */
final class Versions {

  /** A form opened before anything was saved. */
  static final int NEW = -1;

  /** Matches no row: a tampered form is treated as stale, never as new. */
  static final int NONE = -2;

  private Versions() {}

  static int parse(String version) {
    if (version == null || version.isBlank()) {
      return NONE;
    }
    if (version.equals("new")) {
      return NEW;
    }
    return version.matches("[0-9]{1,9}") ? Integer.parseInt(version) : NONE;
  }

  static String of(Integer version) {
    return version == null ? "new" : Integer.toString(version);
  }
}
