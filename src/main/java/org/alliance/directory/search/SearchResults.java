package org.alliance.directory.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of results, with the exact number of matches and how the words were read.
 *
 * @param understood how the search's words were read (the words as typed when it has none)
 */
public record SearchResults(
    long total, int page, int perPage, List<Hit> hits, Understood understood) {

  public int totalPages() {
    return (int) ((total + perPage - 1) / perPage);
  }

  /**
   * A matching service, with what a results list shows.
   *
   * @param distanceMiles to its nearest location from the searched place, or null
   * @param area the town or postcode district of that location (never a hidden street address)
   * @param summaryJson the service's HSDS summary ({@code service_list.json}) as JSON text, as of
   *     the index's last refresh from the directory's change log (the same moment as the rest of
   *     the hit); null only if the service had none when indexed
   */
  public record Hit(
      String serviceId,
      String name,
      String organizationName,
      String summary,
      LocalDate lastChecked,
      Double distanceMiles,
      String area,
      String summaryJson) {}
}
