package org.alliance.web;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The GOV.UK error pages by status ({@code templates/error/404.html} and the rest), always. Boot
 * registers its convention resolver only while no other {@code ErrorViewResolver} exists, so the
 * first module to add one of its own for a special case (the upload page's "file too large") would
 * otherwise turn every 404 and 403 into the generic "Sorry, there is a problem" page.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

  @Bean
  DefaultErrorViewResolver errorPagesByStatus(ApplicationContext context) {
    return new DefaultErrorViewResolver(context, new WebProperties.Resources());
  }
}
