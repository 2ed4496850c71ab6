package org.alliance.outcomes.evaluation;

import org.alliance.identity.Role;
import org.alliance.identity.RouteAccess;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who reads the pilot evaluation report: the people who commission, run and govern the alliance,
 * and members' data leads, who answer for its figures. Its money comes from the open book, which
 * these readers see already (the data lead's only new sight is the alliance's totals); its counts
 * of people have been through disclosure control.
 */
@Component
class EvaluationRoutes implements RouteAccess {

  @Override
  public void configure(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes
        .requestMatchers("/outcomes/evaluation", "/outcomes/evaluation.pdf")
        .hasAnyRole(
            Role.COMMISSIONER.code(),
            Role.ALLIANCE_MANAGER.code(),
            Role.LEADERSHIP.code(),
            Role.DATA_LEAD.code());
  }
}
