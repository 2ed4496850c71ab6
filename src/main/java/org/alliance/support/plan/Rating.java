package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.UUID;

/** Progress towards a goal on one day, 1 to 10, with who rated it and a note in their words. */
public record Rating(
    UUID id, UUID goalId, LocalDate ratedOn, int score, InWordsOf ratedBy, String note) {

  public String day() {
    return Dates.day(ratedOn);
  }

  public String who() {
    return switch (ratedBy) {
      case PERSON -> "them";
      case SUPPORTER -> "someone around them";
      case WORKER -> "their worker";
    };
  }
}
