package org.alliance.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Every module's navigation items, filtered for one user's roles. */
@Component
class Navigation {

  private final List<NavigationItem> items;

  Navigation(List<NavigationItem> items) {
    this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
  }

  List<NavigationItem> visibleTo(Set<String> roles) {
    return items.stream().filter(item -> item.visibleTo(roles)).toList();
  }
}
