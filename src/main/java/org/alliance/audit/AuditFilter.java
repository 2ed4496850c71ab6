package org.alliance.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A checked audit search. Dates are whole days in UK time, the days people mean when they say "on
 * the 23rd", whatever the clocks were doing.
 *
 * @param actionPrefix matches every action starting with it, so {@code organisation.} finds them
 *     all
 * @param page 1-based
 */
record AuditFilter(
    String user,
    String actionPrefix,
    String subjectType,
    String subjectId,
    UUID person,
    LocalDate from,
    LocalDate to,
    int page) {

  static final ZoneId UK = ZoneId.of("Europe/London");

  /** Most that goes into the audit entry recording a search; the filters are typed by hand. */
  private static final int MAX_DESCRIPTION = 500;

  OffsetDateTime fromInstant() {
    return from == null ? null : from.atStartOfDay(UK).toOffsetDateTime();
  }

  /** The start of the day after {@link #to}, so the whole of that day is included. */
  OffsetDateTime beforeInstant() {
    return to == null ? null : to.plusDays(1).atStartOfDay(UK).toOffsetDateTime();
  }

  String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, "user", user);
    add(parts, "action", actionPrefix);
    add(parts, "subject type", subjectType);
    add(parts, "subject id", subjectId);
    add(parts, "person", person);
    add(parts, "from", from);
    add(parts, "to", to);
    String filters = parts.isEmpty() ? "no filters" : String.join(", ", parts);
    String description = filters + (page > 1 ? ", page " + page : "");
    return description.length() <= MAX_DESCRIPTION
        ? description
        : description.substring(0, MAX_DESCRIPTION) + "…";
  }

  private static void add(List<String> parts, String name, Object value) {
    if (value != null) {
      parts.add(name + " " + value);
    }
  }
}
