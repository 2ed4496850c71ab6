package org.alliance.identity;

import java.util.List;

/**
 * Paths a module serves as a public, read-only API: anyone may call them without signing in, and
 * nothing there changes anything, so they need no session, no CSRF token and no saved request. The
 * security configuration gives them a short filter chain of their own (the same response headers,
 * no session lookup or creation), ahead of the chain for pages.
 */
public interface PublicApi {

  /** Ant-style path patterns, such as {@code /openreferral/**}. */
  List<String> paths();
}
