package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.alliance.support.access.SensitivityLabel;

/** One thing said in the conversation, with whose words it is and who wrote it down. */
public record Entry(
    UUID id,
    Stage stage,
    String body,
    InWordsOf inWordsOf,
    String supporter,
    LocalDate happenedOn,
    SensitivityLabel label,
    String writtenBy,
    int version) {

  public String day() {
    return Dates.day(happenedOn);
  }

  /** "In their own words", "In Mum's words", or the worker's. */
  public String whose() {
    return Words.whose(inWordsOf, supporter, writtenBy);
  }
}
