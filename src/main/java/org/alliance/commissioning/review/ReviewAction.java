package org.alliance.commissioning.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** Something to do because of a review: who, by when, and whether it is done. */
record ReviewAction(
    UUID id,
    UUID reviewId,
    String description,
    UUID ownerId,
    String ownerName,
    LocalDate dueOn,
    String status,
    LocalDate doneOn,
    int version,
    String contractReference,
    String contractService,
    LocalDate reviewedOn) {

  static final String OPEN = "open";
  static final String DONE = "done";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public boolean done() {
    return DONE.equals(status);
  }

  public boolean overdue(LocalDate today) {
    return !done() && dueOn.isBefore(today);
  }

  public String due() {
    return dueOn.format(DAY);
  }

  public String doneText() {
    return doneOn == null ? "" : doneOn.format(DAY);
  }

  public String reviewText() {
    return contractReference + " review of " + reviewedOn.format(DAY);
  }
}
