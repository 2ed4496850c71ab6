package org.alliance.directory.feeds;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Whether a feed's address may be fetched. The server fetches what an administrator typed, so an
 * address that resolves to this machine or the private network behind it (loopback, private ranges,
 * link-local such as a cloud's metadata service) is refused unless the setting {@code
 * alliance.feeds.allow-private-addresses} says otherwise (tests, and a publisher on the same
 * network). Checked when a feed is registered and again at every request, since names can move.
 */
public final class PublicAddress {

  private PublicAddress() {}

  /** Why the address may not be fetched, or empty when it may. */
  public static Optional<String> refusal(URI uri, boolean allowPrivate) {
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      return Optional.of("has no host");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.of("names a host that cannot be found (" + host + ")");
    }
    for (InetAddress address : addresses) {
      if (address.isLoopbackAddress()
          || address.isAnyLocalAddress()
          || address.isSiteLocalAddress()
          || address.isLinkLocalAddress()
          || address.isMulticastAddress()
          || uniqueLocal(address)) {
        return Optional.of(
            "points at this server or a private network (" + address.getHostAddress() + ")");
      }
    }
    return Optional.empty();
  }

  /** IPv6 unique local addresses (fc00::/7), which Java does not call site-local. */
  private static boolean uniqueLocal(InetAddress address) {
    return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
  }
}
