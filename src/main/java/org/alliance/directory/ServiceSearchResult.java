package org.alliance.directory;

import java.util.List;

/**
 * The services a {@link ServiceSearch} found (the first page, best first), or the problem with the
 * search.
 */
public record ServiceSearchResult(
    ServiceSearch search, long total, List<Found> services, String problem) {

  public ServiceSearchResult {
    services = services == null ? List.of() : List.copyOf(services);
  }

  public static ServiceSearchResult problem(ServiceSearch search, String problem) {
    return new ServiceSearchResult(search, 0, List.of(), problem);
  }

  /**
   * One service found.
   *
   * @param area the town or postcode district the index shows, never a street address
   * @param distanceMiles from the searched postcode, or null
   */
  public record Found(
      String serviceId,
      String name,
      String organisationName,
      String summary,
      String area,
      Double distanceMiles) {}
}
