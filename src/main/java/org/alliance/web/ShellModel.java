package org.alliance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.database.DatabaseMode;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the layout needs on every page: the navigation for this user, and whether this is a demo.
 * Added once a handler has chosen a view to render, so JSON answers (the Open Referral API) and
 * redirects pay nothing for it; as {@code @ModelAttribute} methods of a controller advice it ran
 * for every request, which profiling showed as a sixth of an API request's web-layer CPU.
 */
@Configuration(proxyBeanMethods = false)
class ShellModel implements WebMvcConfigurer, HandlerInterceptor {

  private final Navigation navigation;
  private final DatabaseMode databaseMode;

  ShellModel(Navigation navigation, DatabaseMode databaseMode) {
    this.navigation = navigation;
    this.databaseMode = databaseMode;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (page == null || isRedirectOrForward(page)) {
      return;
    }
    page.addObject(
        "navigation",
        navigation.visibleTo(
            ShellRoles.of(SecurityContextHolder.getContext().getAuthentication())));
    page.addObject("demoMode", databaseMode.demo());
    page.addObject("requestPath", request.getRequestURI());
  }

  private static boolean isRedirectOrForward(ModelAndView page) {
    String name = page.getViewName();
    return page.getView() instanceof RedirectView
        || (name != null && (name.startsWith("redirect:") || name.startsWith("forward:")));
  }
}
