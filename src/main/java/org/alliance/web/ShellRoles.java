package org.alliance.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Reads a signed-in user's roles from Spring Security's authorities, in a fixed order. */
final class ShellRoles {

  /** Most specific first: the first of these a user holds picks their home page. */
  static final List<String> ORDER =
      List.of(
          "admin",
          "data-protection-lead",
          "data-lead",
          "commissioner",
          "alliance-manager",
          "directory-editor",
          "practitioner",
          "leadership",
          "finance-lead");

  private ShellRoles() {}

  /** Whether this is a supported person's own account (or their proxy's): its home is "My plan". */
  static boolean isPersonsOwn(Authentication authentication) {
    return authentication != null
        && authentication.isAuthenticated()
        && authentication.getAuthorities().stream()
            .anyMatch(a -> "ROLE_person".equals(a.getAuthority()));
  }

  static Set<String> of(Authentication authentication) {
    Set<String> held = new LinkedHashSet<>();
    if (authentication == null || !authentication.isAuthenticated()) {
      return held;
    }
    Set<String> authorities = new java.util.HashSet<>();
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      authorities.add(authority.getAuthority());
    }
    for (String role : ORDER) {
      if (authorities.contains("ROLE_" + role)) {
        held.add(role);
      }
    }
    return held;
  }
}
