package org.alliance.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Decides whether an address that came from outside (an imported service's {@code url}, an
 * organisation's website) may become a link: only an absolute {@code http} or {@code https} address
 * with a host does. Anything else ({@code javascript:}, {@code data:}, a relative path, text that
 * is not an address) is shown as text. Every template that renders such a link asks this bean, as
 * {@code ${@externalLinks.href(address)}}, so the rule lives here only.
 */
@Component("externalLinks")
public class ExternalLinks {

  /** The address to put in {@code href}, or null when it must not be a link. */
  public String href(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(address.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri.toString();
      }
    } catch (URISyntaxException notAnAddress) {
      // shown as text
    }
    return null;
  }
}
