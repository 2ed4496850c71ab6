package org.alliance.directory.editing;

import java.util.List;
import java.util.Set;
import org.alliance.directory.hsds.EditorScope;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.web.HomeNotice;
import org.alliance.web.HomeNotices;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/** Where editors find the services they look after and the changes waiting for them. */
@Configuration(proxyBeanMethods = false)
class EditingNavigation {

  @Bean
  NavigationItem servicesItem() {
    return new NavigationItem(
        "Services",
        "/directory/services",
        "Add services and change the ones you look after; see each service's history.",
        30,
        Set.of(Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code()));
  }

  @Bean
  NavigationItem changesItem() {
    return new NavigationItem(
        "Changes",
        "/directory/changes",
        "Changes to services waiting for approval, and your own changes.",
        31,
        Set.of(Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code()));
  }

  /** Tells whoever can approve that changes are waiting: a change nobody approves helps nobody. */
  @Bean
  HomeNotices changesAwaitingApproval(ProposedChanges changes) {
    return (Authentication user) -> {
      if (!(user.getPrincipal() instanceof AllianceUser editor)
          || !(editor.hasRole(Role.DIRECTORY_EDITOR) || editor.hasRole(Role.ADMIN))) {
        return List.of();
      }
      List<HomeNotice> notices = new java.util.ArrayList<>();
      int waiting = changes.countAwaiting(EditorScope.of(editor), editor.userId());
      if (waiting > 0) {
        notices.add(
            new HomeNotice(
                waiting
                    + (waiting == 1 ? " change to a service is" : " changes to services are")
                    + " waiting for your approval.",
                "See the changes",
                "/directory/changes"));
      }
      // A change that was not approved needs its editor to act, or the directory stays wrong.
      for (ProposedChange rejected : changes.recentlyRejected(editor.userId())) {
        notices.add(
            new HomeNotice(
                "Your change to " + rejected.serviceName() + " was not approved.",
                "See why",
                "/directory/changes/" + rejected.id()));
      }
      return notices;
    };
  }
}
