/**
 * Indicators: what the alliance measures, defined as data and versioned ({@link
 * org.alliance.outcomes.indicator.IndicatorDefinition}), and their figures computed from other
 * modules' public APIs, never their tables, and shown only through disclosure control.
 */
package org.alliance.outcomes.indicator;
