package org.alliance.commissioning.risk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** One saved version of a risk: who saved it, when, what changed, and the risk as it then was. */
record RiskVersion(
    int version, String changedBy, Instant changedAt, List<String> changes, RiskFields fields) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  RiskVersion {
    changes = List.copyOf(changes);
  }

  public String when() {
    return WHEN.format(changedAt).replace("AM", "am").replace("PM", "pm");
  }
}
