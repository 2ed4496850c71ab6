/**
 * Business module: outcomes, what the alliance achieves, shown to the people who pay for it and to
 * the public. Built issue by issue; so far its foundation, disclosure control ({@code
 * outcomes.disclosure}): every figure about people that anyone who does not work with those people
 * sees goes through one rule, {@code disclosure.Disclosure}, which suppresses small counts and
 * everything from which they could be worked out. Its public face is the types in this package; the
 * subpackages are its insides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.alliance.outcomes;
