package org.alliance.support.measure;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;

/** One imported version of a measure: Alliance's number for it and the definition it holds. */
public record MeasureVersion(
    UUID id,
    String code,
    int number,
    String label,
    MeasureDefinition definition,
    Instant importedAt,
    String importedBy,
    long recordings) {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(PersonAccess.UK);

  public String name() {
    return definition.name();
  }

  public String imported() {
    return WHEN.format(importedAt);
  }
}
