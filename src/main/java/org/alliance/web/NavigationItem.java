package org.alliance.web;

import java.util.Set;

/**
 * One area of the service in the navigation and on home pages.
 *
 * @param label the link text
 * @param path where it goes
 * @param description one sentence for the home page card
 * @param order position in the navigation, lowest first
 * @param roles the roles (without {@code ROLE_}) that see it; empty for everyone, signed in or not
 */
public record NavigationItem(
    String label, String path, String description, int order, Set<String> roles) {

  public boolean visibleTo(Set<String> userRoles) {
    return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
  }

  public boolean isCurrent(String requestPath) {
    return requestPath.equals(path) || requestPath.startsWith(path + "/");
  }
}
