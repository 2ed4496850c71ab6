package org.alliance.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The services someone has collected while searching, to print or share; no account needed. Kept in
 * their session (and so in PostgreSQL, like every session), which only adding a first service
 * starts: searching and reading pages must not cost every visitor a session row. Stored as a plain
 * list of ids and set again on each change, because Spring Session saves an attribute only when it
 * is set.
 */
@Component
class SignpostingList {

  static final int MAX = 30;
  private static final String ATTRIBUTE = "alliance.signposting-list";

  List<String> inOrder(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object ids = session == null ? null : session.getAttribute(ATTRIBUTE);
    if (ids instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  Set<String> serviceIds(HttpServletRequest request) {
    return Set.copyOf(inOrder(request));
  }

  boolean add(HttpServletRequest request, String serviceId) {
    LinkedHashSet<String> ids = new LinkedHashSet<>(inOrder(request));
    if (ids.size() >= MAX || !ids.add(serviceId)) {
      return false;
    }
    request.getSession(true).setAttribute(ATTRIBUTE, new ArrayList<>(ids));
    return true;
  }

  void remove(HttpServletRequest request, String serviceId) {
    List<String> ids = new ArrayList<>(inOrder(request));
    if (ids.remove(serviceId)) {
      request.getSession().setAttribute(ATTRIBUTE, ids);
    }
  }
}
