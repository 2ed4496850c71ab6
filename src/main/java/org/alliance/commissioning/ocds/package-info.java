/**
 * Open contracting: the contract register and its procurements published as an OCDS 1.1.5 release
 * package (API and command), one release per contract, streamed; and OCDS release packages read
 * back into the register. {@link org.alliance.commissioning.ocds.Disclosure} is the one rule on
 * what the public sees.
 */
package org.alliance.commissioning.ocds;
