package org.alliance.directory.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * The services someone has collected while searching, to print or share. Kept in their session
 * (and so in PostgreSQL, like every session); no account needed.
 */
@Component
@SessionScope
class SignpostingList implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
  static final int MAX = 30;

  private final LinkedHashSet<String> serviceIds = new LinkedHashSet<>();

  Set<String> serviceIds() {
    return Set.copyOf(serviceIds);
  }

  java.util.List<String> inOrder() {
    return java.util.List.copyOf(serviceIds);
  }

  boolean add(String serviceId) {
    return serviceIds.size() < MAX && serviceIds.add(serviceId);
  }

  void remove(String serviceId) {
    serviceIds.remove(serviceId);
  }

  void clear() {
    serviceIds.clear();
  }
}
