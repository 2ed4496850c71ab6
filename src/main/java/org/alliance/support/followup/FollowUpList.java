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
    List<Transition> transitions,
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

  /**
   * Someone the worker is trusted individual for who turns 18 or 21 within six months: what the
   * reminder says ("turns 18 on 3 May 2027: under three months to go").
   */
  public record Transition(UUID personId, String name, String text, boolean pressing) {}

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
        && transitions.isEmpty()
        && reviewsDue.isEmpty();
  }
}
