package org.alliance.bench;

import org.alliance.directory.Coordinates;
import org.alliance.directory.Postcodes;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.directory.search.SearchQuery;
import org.alliance.directory.search.SearchResults;
import org.springframework.context.ApplicationContext;

/**
 * The benchmark's searches on the running application's own index, in process: what the API asks of
 * the index for each URL of the mix (the postcode's centroid, the radius, the profile's minimum
 * age, the page size), without HTTP, JSON or Spring MVC. The rate the API is measured against.
 */
final class BareIndex {

  private BareIndex() {}

  static LoadDriver.Searcher in(ApplicationContext web) {
    DirectoryIndex index = web.getBean(DirectoryIndex.class);
    Postcodes postcodes = web.getBean(Postcodes.class);
    return (query, totals) -> {
      SearchQuery.Builder search =
          SearchQuery.builder().text(query.words()).page(1, query.perPage());
      if (query.near()) {
        Coordinates centroid = postcodes.centroid(query.postcode()).orElse(null);
        if (centroid == null) {
          return "unknown postcode " + query.postcode();
        }
        search
            .near(
                new SearchQuery.Near(centroid.latitude(), centroid.longitude()),
                SearchMix.RADIUS_MILES)
            .ageLimits(new SearchQuery.AgeLimits(query.age(), null));
      }
      SearchResults results = index.search(search.build());
      if (totals != null) {
        totals[0] += results.total();
      }
      return null;
    };
  }
}
