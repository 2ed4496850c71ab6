package org.alliance.directory.web;

import java.util.List;
import org.alliance.identity.Role;
import org.alliance.identity.RouteAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Finding support needs no account; looking after the directory is for its editors. */
@Component
class DirectoryRoutes implements RouteAccess {

  @Override
  public void configure(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
    routes
        .requestMatchers("/find-support", "/find-support/**", "/openreferral", "/openreferral/**")
        .permitAll();
    routes
        .requestMatchers("/directory/coverage", "/directory/coverage.csv", "/directory/coverage/**")
        .hasAnyRole(Role.COMMISSIONER.code(), Role.ALLIANCE_MANAGER.code(), Role.ADMIN.code());
    routes
        .requestMatchers("/directory/duplicates", "/directory/duplicates.csv")
        .hasAnyRole(Role.COMMISSIONER.code(), Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code());
    // Registering a feed makes the server fetch an address, and pulling one writes to the
    // directory: the administrator's. Editors read the feeds and their reports, and review the
    // records gone from a feed (/directory/feeds/*/gone/**, with the rest of /directory/**).
    // Subscriptions hold signing secrets and send the server's requests anywhere: the
    // administrator's alone.
    routes
        .requestMatchers("/directory/subscriptions", "/directory/subscriptions/**")
        .hasRole(Role.ADMIN.code());
    // Looking again for duplicates compares every record: the administrator's, like a pull.
    routes
        .requestMatchers(
            HttpMethod.POST,
            "/directory/feeds",
            "/directory/feeds/*/pull",
            "/directory/duplicates/review/refresh")
        .hasRole(Role.ADMIN.code());
    routes
        .requestMatchers("/directory/**")
        .hasAnyRole(Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code());
  }

  /**
   * The signposting list's forms sit on the search results and service pages; with a CSRF token in
   * them, every visitor would need a session just to read those pages.
   */
  @Override
  public List<String> originCheckedRoutes() {
    return List.of("/find-support/list", "/find-support/list/remove");
  }
}
