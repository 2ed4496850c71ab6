package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.UUID;

/** Something the person gave back, kept as an achievement. */
public record Contribution(
    UUID id,
    ContributionKind kind,
    LocalDate happenedOn,
    String words,
    InWordsOf inWordsOf,
    String recordedBy) {

  public String day() {
    return Dates.day(happenedOn);
  }

  public String whose() {
    return Words.whose(inWordsOf, null, recordedBy);
  }
}
