package org.alliance.outcomes.dashboard;

import org.alliance.web.NavigationItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboards' settings, their one {@link Rag} rule, and their place on home pages. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RagSettings.class)
class DashboardConfiguration {

  @Bean
  Rag outcomesRag(RagSettings settings) {
    return new Rag(settings);
  }

  @Bean
  NavigationItem outcomesDashboardNavigation() {
    return new NavigationItem(
        "Outcomes",
        "/outcomes",
        "The alliance's one performance framework: each indicator's trend against its target,"
            + " with small numbers withheld.",
        65,
        DashboardViewer.ROLES);
  }
}
