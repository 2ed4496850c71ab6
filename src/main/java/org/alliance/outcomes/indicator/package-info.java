/**
 * Indicators: what the alliance measures, defined as data and versioned ({@link
 * org.alliance.outcomes.indicator.IndicatorDefinition}), and their figures computed from other
 * modules' public APIs, never their tables, and shown only through disclosure control. A named
 * interface, so the outcomes benchmark can time {@link org.alliance.outcomes.indicator.Indicators}
 * in the server's own JVM.
 */
@org.springframework.modulith.NamedInterface("indicator")
package org.alliance.outcomes.indicator;
