package org.alliance.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Checks on what a request carries, ahead of everything else that reads it. */
@Configuration(proxyBeanMethods = false)
class InputFilters {

  @Bean
  FilterRegistrationBean<UnreadableInput> unreadableInput() {
    FilterRegistrationBean<UnreadableInput> registration =
        new FilterRegistrationBean<>(new UnreadableInput());
    // After the character-encoding filter (highest precedence), so bodies are read as UTF-8, and
    // before Spring Security, whose sign-in filter reads the user name.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.addUrlPatterns("/*");
    return registration;
  }
}
