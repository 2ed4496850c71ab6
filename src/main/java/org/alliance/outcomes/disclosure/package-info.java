/**
 * Disclosure control: small-number suppression for every table of counts about people that is shown
 * to commissioners, the public or the leadership team. {@link
 * org.alliance.outcomes.disclosure.Disclosure} is the one rule; {@link
 * org.alliance.outcomes.disclosure.Recovery} checks, exactly, that nothing it hides can be worked
 * out from what it shows.
 */
package org.alliance.outcomes.disclosure;
