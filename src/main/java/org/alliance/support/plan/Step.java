package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.UUID;

/** A step towards a goal: who helps, and whether it is done. */
public record Step(
    UUID id, UUID goalId, String words, String helper, LocalDate doneOn, int version) {

  public boolean done() {
    return doneOn != null;
  }

  public String doneDay() {
    return Dates.day(doneOn);
  }
}
