package org.alliance.support.followup;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alliance.support.access.PersonAccess;

/** A worker's follow-up list: what to chase, each row a person they may open. */
public record FollowUpList(
    List<Row> missed, List<Row> notSeen, List<Row> reEngage, List<Row> toAccept, long days) {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK).withZone(PersonAccess.UK);

  /** A person and the moment that puts them on the list. */
  public record Row(UUID personId, String name, Instant at, boolean dormant) {
    public String when() {
      return at == null ? "Never" : WHEN.format(at);
    }
  }

  public boolean empty() {
    return missed.isEmpty() && notSeen.isEmpty() && reEngage.isEmpty() && toAccept.isEmpty();
  }
}
