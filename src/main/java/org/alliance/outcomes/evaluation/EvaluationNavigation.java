package org.alliance.outcomes.evaluation;

import java.util.Set;
import org.alliance.identity.Role;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvaluationNavigation {

  @Bean
  NavigationItem pilotEvaluationNavigation() {
    return new NavigationItem(
        "Evaluation report",
        "/outcomes/evaluation",
        "For a chosen period: budget against spend, people reached by member, indicators against"
            + " targets and people's own words; to print or as a PDF.",
        65,
        Set.of(
            Role.COMMISSIONER.code(),
            Role.ALLIANCE_MANAGER.code(),
            Role.LEADERSHIP.code(),
            Role.DATA_LEAD.code()));
  }
}
