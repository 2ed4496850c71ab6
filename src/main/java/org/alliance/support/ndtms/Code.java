package org.alliance.support.ndtms;

import java.time.LocalDate;

/** One code of a national list, with the dates it is valid on and how sure we are of it. */
record Code(
    String list,
    String code,
    String label,
    LocalDate validFrom,
    LocalDate validTo,
    String status,
    String grouping,
    String source) {

  boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** "80: Treatment completed - drug-free", as a form's option shows it. */
  public String display() {
    return code + ": " + label;
  }

  public String validity() {
    return "valid from " + validFrom + (validTo == null ? "" : " to " + validTo);
  }
}
