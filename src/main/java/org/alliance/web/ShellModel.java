package org.alliance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.alliance.database.DatabaseMode;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the navigation for this user, and whether this is a demo. */
@ControllerAdvice
class ShellModel {

  private final Navigation navigation;
  private final DatabaseMode databaseMode;

  ShellModel(Navigation navigation, DatabaseMode databaseMode) {
    this.navigation = navigation;
    this.databaseMode = databaseMode;
  }

  @ModelAttribute("navigation")
  List<NavigationItem> navigation() {
    return navigation.visibleTo(ShellRoles.of(SecurityContextHolder.getContext().getAuthentication()));
  }

  @ModelAttribute("demoMode")
  boolean demoMode() {
    return databaseMode.demo();
  }

  @ModelAttribute("requestPath")
  String requestPath(HttpServletRequest request) {
    return request.getRequestURI();
  }
}
