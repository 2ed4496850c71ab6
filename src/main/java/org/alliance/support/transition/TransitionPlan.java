package org.alliance.support.transition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.alliance.directory.DirectoryService;

/**
 * A plan for the move at 18 or 21: the receiving service (its directory id; {@code service} is the
 * directory's current entry, null when it has left the directory, and {@code serviceName} the name
 * it had when chosen), what the person wants from the move in their own words, the planned day, and
 * the day it happened and whether as planned.
 */
public record TransitionPlan(
    UUID id,
    int milestone,
    String serviceId,
    String serviceName,
    DirectoryService service,
    String wishes,
    LocalDate plannedOn,
    LocalDate happenedOn,
    String happenedAs,
    String changedBy,
    int version) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The receiving service's name: the directory's now, or the one kept when it was chosen. */
  public String receiving() {
    if (service != null) {
      return service.name()
          + (service.organisationName() == null ? "" : ", " + service.organisationName());
    }
    return serviceName == null ? "Not chosen yet" : serviceName + " (no longer in the directory)";
  }

  public String planned() {
    return plannedOn == null ? "No date yet" : DAY.format(plannedOn);
  }

  public boolean happened() {
    return happenedOn != null;
  }

  /** "3 May 2027, as planned" or "..., unplanned". */
  public String happenedText() {
    return happenedOn == null
        ? "Not yet"
        : DAY.format(happenedOn) + ("planned".equals(happenedAs) ? ", as planned" : ", unplanned");
  }
}
