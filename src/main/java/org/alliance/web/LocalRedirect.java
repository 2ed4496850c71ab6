package org.alliance.web;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The one way a page sends someone back to an address they gave ({@code returnTo} and the like):
 * only to a path of this site under a given start, anything else goes to that start. Unlike a
 * {@code "redirect:"} view name, the address is never read as a URI template, so braces in it
 * cannot fail the request.
 */
public final class LocalRedirect {

  private LocalRedirect() {}

  /** A redirect to {@code wanted} if it is a local path at or under {@code base}, else to base. */
  public static RedirectView under(String base, String wanted) {
    RedirectView view = new RedirectView(isLocalUnder(base, wanted) ? wanted : base, true);
    view.setExpandUriTemplateVariables(false);
    view.setExposeModelAttributes(false);
    return view;
  }

  static boolean isLocalUnder(String base, String wanted) {
    if (wanted == null || !wanted.startsWith(base)) {
      return false;
    }
    String rest = wanted.substring(base.length());
    if (!(rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?"))) {
      return false;
    }
    // Browsers read a backslash as a slash, and "//" starts another site's address.
    if (wanted.contains("\\")
        || wanted.contains("//")
        || wanted.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return false;
    }
    try {
      URI uri = new URI(wanted);
      return uri.getScheme() == null && uri.getRawAuthority() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
