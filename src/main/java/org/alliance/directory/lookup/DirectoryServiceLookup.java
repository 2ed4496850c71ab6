package org.alliance.directory.lookup;

import java.util.Optional;
import org.alliance.directory.DirectoryService;
import org.alliance.directory.Postcodes;
import org.alliance.directory.ServiceLookup;
import org.alliance.directory.ServiceSearch;
import org.alliance.directory.ServiceSearchResult;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.directory.search.ResultsTooDeep;
import org.alliance.directory.search.SearchQuery;
import org.alliance.directory.search.SearchResults;
import org.alliance.directory.search.SearchTimedOut;
import org.alliance.web.ExternalLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link ServiceLookup} on the directory's own tables and search index. The details read are the
 * service's and its organisation's own: phones on a location or a service at a location are left
 * out with every address, so nothing of a hidden place is reachable from here.
 */
@Component
class DirectoryServiceLookup implements ServiceLookup {

  static final int PER_PAGE = 20;
  static final double WITHIN_MILES = 10;

  private final JdbcClient jdbc;
  private final DirectoryIndex index;
  private final Postcodes postcodes;
  private final ExternalLinks links;

  DirectoryServiceLookup(
      JdbcClient jdbc, DirectoryIndex index, Postcodes postcodes, ExternalLinks links) {
    this.jdbc = jdbc;
    this.index = index;
    this.postcodes = postcodes;
    this.links = links;
  }

  @Override
  public Optional<DirectoryService> service(String serviceId) {
    if (serviceId == null || serviceId.isBlank() || serviceId.length() > 200) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select s.id, s.name, s.status, s.application_process,
                   coalesce(s.email, o.email) as email, coalesce(s.url, o.website) as url,
                   o.name as organisation_name,
                   coalesce(
                     (select p.number from directory.phone p
                       where p.service_id = s.id and p.location_id is null
                         and p.service_at_location_id is null and p.contact_id is null
                       order by p.id limit 1),
                     (select p.number from directory.phone p
                       where p.organization_id = o.id and p.service_id is null
                         and p.location_id is null and p.service_at_location_id is null
                         and p.contact_id is null
                       order by p.id limit 1)) as phone
              from directory.service s
              join directory.organization o on o.id = s.organization_id
             where s.id = :id
            """)
        .param("id", serviceId)
        .query(
            (rs, n) ->
                new DirectoryService(
                    rs.getString("id"),
                    rs.getString("name"),
                    rs.getString("organisation_name"),
                    rs.getString("application_process"),
                    rs.getString("phone"),
                    rs.getString("email"),
                    rs.getString("url"),
                    links.href(rs.getString("url")),
                    "active".equals(rs.getString("status"))))
        .optional();
  }

  @Override
  public ServiceSearchResult find(ServiceSearch search) {
    if (search.empty()) {
      return ServiceSearchResult.problem(search, "Enter words to search for, or a postcode");
    }
    if (search.words().length() > MAX_WORDS) {
      return ServiceSearchResult.problem(
          search, "Search words must be " + MAX_WORDS + " characters or fewer");
    }
    SearchQuery.Near near = null;
    if (!search.postcode().isEmpty()) {
      if (search.postcode().length() > 10) {
        return ServiceSearchResult.problem(search, "Enter a real postcode, like BK1 2AB");
      }
      near =
          postcodes
              .centroid(search.postcode())
              .map(c -> new SearchQuery.Near(c.latitude(), c.longitude()))
              .orElse(null);
      if (near == null) {
        return ServiceSearchResult.problem(
            search, "We do not know that postcode. Check it, or search without one");
      }
    }
    SearchResults results;
    try {
      results =
          index.search(
              SearchQuery.builder()
                  .text(search.words().isEmpty() ? null : search.words())
                  .near(near, near == null ? null : WITHIN_MILES)
                  .page(1, PER_PAGE)
                  .build());
    } catch (ResultsTooDeep | SearchTimedOut problem) {
      return ServiceSearchResult.problem(search, problem.getMessage());
    }
    return new ServiceSearchResult(
        search,
        results.total(),
        results.hits().stream()
            .map(
                hit ->
                    new ServiceSearchResult.Found(
                        hit.serviceId(),
                        hit.name(),
                        hit.organizationName(),
                        hit.summary(),
                        hit.area(),
                        hit.distanceMiles()))
            .toList(),
        null);
  }
}
