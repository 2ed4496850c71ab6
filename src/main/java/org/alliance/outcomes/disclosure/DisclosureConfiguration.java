package org.alliance.outcomes.disclosure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Disclosure} bean every route that shows counts about people goes through. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisclosureSettings.class)
class DisclosureConfiguration {

  // Named for its module: commissioning's OCDS publisher has a bean called "disclosure" already.
  @Bean
  Disclosure outcomesDisclosure(DisclosureSettings settings) {
    return new Disclosure(settings);
  }
}
