package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.UUID;

/** The plan's own row: when it started and how often it is reviewed. */
public record PlanSettings(UUID id, LocalDate startedOn, int reviewEveryDays, int version) {

  public long reviewEveryWeeks() {
    return Math.round(reviewEveryDays / 7.0);
  }
}
