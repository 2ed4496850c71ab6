package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.UUID;

/** A review of the plan: what went well and what changed. */
public record Review(
    UUID id,
    LocalDate reviewedOn,
    String wentWell,
    String changed,
    InWordsOf inWordsOf,
    String reviewedBy) {

  public String day() {
    return Dates.day(reviewedOn);
  }

  public String whose() {
    return Words.whose(inWordsOf, null, reviewedBy);
  }
}
