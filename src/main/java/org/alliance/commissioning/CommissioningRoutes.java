package org.alliance.commissioning;

import org.alliance.identity.Role;
import org.alliance.identity.RouteAccess;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who reaches commissioning's pages. The register, grants, options, procurement and contract
 * reviews are the commissioners'. The alliance's own pages (agreement, decisions, open-book
 * accounts, its risks) are for the alliance manager, the leadership team and the commissioner who
 * owns the alliance; a member's finance lead reaches the ledger only, where the ledger itself
 * limits them to their own member's lines. Practitioners, directory editors and the rest see none
 * of it. The open contracting release package is public.
 */
@Component
class CommissioningRoutes implements RouteAccess {

  @Override
  public void configure(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    // Open contracting data is published to anyone; what the public sees of it is decided by
    // ocds.Disclosure, which needs this chain's session to know a signed-in commissioner.
    routes.requestMatchers("/api/commissioning/ocds/**").permitAll();
    routes.requestMatchers("/commissioning", "/commissioning/**").hasRole(Role.COMMISSIONER.code());
    routes
        .requestMatchers("/alliance/ledger", "/alliance/ledger/**")
        .hasAnyRole(
            Role.ALLIANCE_MANAGER.code(),
            Role.LEADERSHIP.code(),
            Role.COMMISSIONER.code(),
            Role.FINANCE_LEAD.code());
    routes
        .requestMatchers("/alliance", "/alliance/**")
        .hasAnyRole(Role.ALLIANCE_MANAGER.code(), Role.LEADERSHIP.code(), Role.COMMISSIONER.code());
  }
}
