package org.alliance.support.measure;

import java.util.Set;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the measures page in the administrators' navigation and home page. */
@Configuration(proxyBeanMethods = false)
class MeasureNavigation {

  @Bean
  NavigationItem measuresNavigation() {
    return new NavigationItem(
        "Measures",
        "/admin/measures",
        "Outcome measures: load a definition file, see each measure’s versions.",
        85,
        Set.of("admin"));
  }
}
