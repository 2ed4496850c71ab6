package org.alliance.commissioning.ocds;

import org.alliance.commissioning.OpenContracting.Audience;
import org.alliance.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one rule on what the public sees. Everyone sees each contract's parties (councils as buyers
 * and payers, the host as procuring entity, the providers), its term with the furthest end its
 * options allow, its options, its value in total and year by year, and how it was procured (route,
 * method, number of bidders). The councils' own detail is for the councils (a signed-in
 * commissioner): each council's percentage and share of each year's value, the funding sources
 * inside a year's value with their level of commissioning, the contract's documents (links into the
 * councils' own stores) and the bidders' names. {@code
 * alliance.commissioning.ocds.publish-to-public = full} publishes that detail to everyone too.
 */
@Component
class Disclosure {

  /** The parts of a release that are the councils' own detail. */
  record Shown(boolean councilShares, boolean fundingSources, boolean documents, boolean bidders) {
    static final Shown ALL = new Shown(true, true, true, true);
    static final Shown SUMMARY = new Shown(false, false, false, false);
  }

  private final OcdsSettings settings;

  Disclosure(OcdsSettings settings) {
    this.settings = settings;
  }

  Audience audienceOf(Authentication authentication) {
    boolean commissioner =
        authentication != null
            && authentication.isAuthenticated()
            && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.COMMISSIONER.authority().equals(a.getAuthority()));
    return commissioner ? Audience.COUNCILS : Audience.PUBLIC;
  }

  Shown shown(Audience audience) {
    return audience == Audience.COUNCILS || settings.publicSeesFull() ? Shown.ALL : Shown.SUMMARY;
  }
}
