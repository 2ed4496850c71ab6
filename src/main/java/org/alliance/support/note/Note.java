package org.alliance.support.note;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.SensitivityLabel;

/** A case note as written: never edited; a correction is a new note pointing at this one. */
public record Note(
    UUID id,
    String author,
    String member,
    SensitivityLabel label,
    String body,
    UUID corrects,
    Instant writtenAt,
    boolean corrected) {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(PersonAccess.UK);

  public String when() {
    return WHEN.format(writtenAt);
  }

  /** The body's paragraphs, for a page that keeps the writer's line breaks. */
  public List<String> lines() {
    return List.of(body.split("\n", -1));
  }
}
