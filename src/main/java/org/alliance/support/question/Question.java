package org.alliance.support.question;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;

/**
 * A question the person asked about their record, and its answer once their team gives one.
 *
 * @param about what it is about, as the server wrote it from the option chosen
 * @param byProxy whether someone the person chose asked it (only the person asks today)
 * @param answeredBy the worker who answered, for the team's page; the person is not told
 */
public record Question(
    UUID id,
    String about,
    String words,
    boolean byProxy,
    Instant askedAt,
    String answer,
    String answeredBy,
    Instant answeredAt) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h:mma", Locale.UK).withZone(PersonAccess.UK);

  public boolean answered() {
    return answeredAt != null;
  }

  public String askedWhen() {
    return when(askedAt);
  }

  public String answeredWhen() {
    return when(answeredAt);
  }

  /** "Tuesday 1 December 2026, 2:05pm", in UK time. */
  static String when(Instant at) {
    return at == null ? "" : WHEN.format(at).replace("AM", "am").replace("PM", "pm");
  }
}
