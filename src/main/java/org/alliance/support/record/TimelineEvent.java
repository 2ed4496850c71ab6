package org.alliance.support.record;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.SensitivityLabel;

/**
 * One event on a record's timeline: a contact or appointment, a case note, an episode opened or
 * closed. Only what the viewer's labels reach is ever read into one.
 */
public record TimelineEvent(
    String kind,
    UUID id,
    Instant at,
    String mode,
    String outcome,
    SensitivityLabel label,
    String text,
    String who,
    String member,
    UUID corrects,
    boolean corrected) {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(PersonAccess.UK);
  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(PersonAccess.UK);

  public boolean contact() {
    return kind.equals("contact");
  }

  public boolean note() {
    return kind.equals("note");
  }

  public boolean episode() {
    return kind.startsWith("episode");
  }

  /** An appointment not yet given its outcome. */
  public boolean planned() {
    return contact() && outcome == null;
  }

  public boolean missed() {
    return "did-not-attend".equals(outcome);
  }

  public String when() {
    return episode() ? DAY.format(at) : WHEN.format(at);
  }

  public String title() {
    return switch (kind) {
      case "contact" ->
          (planned() ? "Appointment booked" : "Contact")
              + " ("
              + modeLabel()
              + ") with "
              + who
              + ", "
              + member;
      case "note" -> (corrects != null ? "Correction by " : "Case note by ") + who + ", " + member;
      case "episode-opened" -> "Episode of support opened at " + member;
      case "episode-closed" -> "Episode of support closed at " + member;
      default -> kind;
    };
  }

  public String outcomeLabel() {
    if (outcome == null) {
      return "No outcome yet";
    }
    return switch (outcome) {
      case "attended" -> "Attended";
      case "did-not-attend" -> "Did not attend";
      case "cancelled-by-person" -> "Cancelled by the person";
      case "cancelled-by-service" -> "Cancelled by the service";
      default -> outcome;
    };
  }

  private String modeLabel() {
    return switch (mode) {
      case "face-to-face" -> "face to face";
      default -> mode;
    };
  }

  public List<String> lines() {
    return text == null ? List.of() : List.of(text.split("\n", -1));
  }
}
