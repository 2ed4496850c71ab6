package org.alliance.support.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;

/** A worker's follow-up list: what to chase, each row a person they may open. */
public record FollowUpList(
    List<Row> missed,
    List<Row> notSeen,
    List<Row> reEngage,
    List<Row> toAccept,
    long days,
    List<ReviewRow> reviewsDue) {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK).withZone(PersonAccess.UK);

  /** A person and the moment that puts them on the list. */
  public record Row(UUID personId, String name, Instant at, boolean dormant) {
    public String when() {
      return at == null ? "Never" : WHEN.format(at);
    }
  }

  /** A person whose plan is due for review (overdue when the day has passed). */
  public record ReviewRow(UUID personId, String name, LocalDate dueOn, boolean overdue) {
    public String due() {
      return DAY.format(dueOn);
    }
  }

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public boolean empty() {
    return missed.isEmpty()
        && notSeen.isEmpty()
        && reEngage.isEmpty()
        && toAccept.isEmpty()
        && reviewsDue.isEmpty();
  }
}
