package org.alliance.directory.search;

import java.time.LocalDate;
import java.util.List;

/** One page of results, with the exact number of matches. */
public record SearchResults(long total, int page, int perPage, List<Hit> hits) {

  public int totalPages() {
    return (int) ((total + perPage - 1) / perPage);
  }

  /**
   * A matching service, with what a results list shows.
   *
   * @param distanceMiles to its nearest location from the searched place, or null
   * @param area the town or postcode district of that location (never a hidden street address)
   */
  public record Hit(String serviceId, String name, String organizationName, String summary,
      LocalDate lastChecked, Double distanceMiles, String area) {}
}
