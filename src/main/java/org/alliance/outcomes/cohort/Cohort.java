package org.alliance.outcomes.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A cohort as stored: who it is (in words and a head count), the two periods, where its figures
 * came from, and the figures as given. Only its writers see it like this; everyone else sees a
 * {@link ShownCohort}.
 *
 * @param version moves on every change, so a stale edit is refused rather than applied
 */
public record Cohort(
    UUID id,
    String name,
    String description,
    int people,
    Span before,
    Span after,
    String source,
    List<CohortFigure> figures,
    int version,
    Instant changedAt,
    String changedBy) {

  public Cohort {
    figures = List.copyOf(figures);
  }
}
