package org.alliance.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's stylesheet asks for fonts and images under {@code /assets/}; serve them from
 * the WebJar so nothing is copied into the repository.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    String version = new WebJarVersionLocator().version("govuk-frontend");
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(
            "classpath:/META-INF/resources/webjars/govuk-frontend/"
                + version
                + "/dist/govuk/assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
  }
}
