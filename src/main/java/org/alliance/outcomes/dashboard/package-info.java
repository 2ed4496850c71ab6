/**
 * The outcomes dashboards: one page per role's view of the framework (the alliance's results; each
 * member beside them for the alliance manager; one's own member beside the alliance for members'
 * staff), a drill-down per indicator with its breakdowns and CSV, red/amber/green against targets
 * by one rule ({@link org.alliance.outcomes.dashboard.Rag}), and trend charts drawn as SVG on the
 * server with their data table beside them. Every figure comes from {@code Indicators.figures},
 * already through disclosure control.
 */
package org.alliance.outcomes.dashboard;
