package org.alliance.support.episode;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** A period of support at a member, opened and closed with reasons. Nobody is "exited". */
public record EpisodeView(
    UUID id,
    UUID memberId,
    String member,
    LocalDate openedOn,
    String openReason,
    String openedBy,
    LocalDate closedOn,
    String closeReason,
    String closedBy,
    int version) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public boolean open() {
    return closedOn == null;
  }

  public String opened() {
    return DAY.format(openedOn);
  }

  public String closed() {
    return closedOn == null ? "" : DAY.format(closedOn);
  }
}
