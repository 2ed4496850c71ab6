package org.alliance.outcomes.cohort;

/** A measure's count for a cohort in the period before its support and in the period after. */
public record CohortFigure(CohortMeasure measure, int before, int after) {}
