package org.alliance.support.record;

/** A member or a worker the person refuses, or a conflict of interest, with the reason. */
public record ExclusionForm(String member, String username, String reason) {

  static ExclusionForm empty() {
    return new ExclusionForm("", "", "");
  }
}
