package org.alliance.directory.oruk;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.alliance.directory.Coordinates;
import org.alliance.directory.Postcodes;
import org.alliance.directory.federation.FederatedDocuments;
import org.alliance.directory.hsds.Viewer;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.directory.search.SearchQuery;
import org.alliance.directory.search.SearchResults;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Open Referral UK (HSDS 3.0 UK profile) API: public, read-only, no key. Service searches go
 * through the in-process index; documents are assembled from the HSDS tables. Both hold only what
 * Alliance publishes ({@link org.alliance.directory.federation.Publication}): linked records as one
 * service, and feed records when the setting says so.
 */
@RestController
@RequestMapping(OpenReferralController.BASE)
class OpenReferralController {

  static final String BASE = "/openreferral";

  private static final Set<String> PAGING = Set.of("page", "per_page", "format");
  private static final Set<String> SERVICE_FILTERS =
      Set.of(
          "search",
          "page",
          "per_page",
          "format",
          "taxonomy_term_id",
          "taxonomy_id",
          "organization_id",
          "modified_after",
          "minimal",
          "full",
          "minimum_age",
          "maximum_age",
          "day",
          "start_time",
          "end_time",
          "postcode",
          "proximity");

  /**
   * The same filters: a service at a location is matched by its service, and by its own place and
   * hours.
   */
  private static final Set<String> SERVICE_AT_LOCATION_FILTERS =
      Set.of(
          "search",
          "page",
          "per_page",
          "format",
          "taxonomy_term_id",
          "taxonomy_id",
          "organization_id",
          "modified_after",
          "full",
          "minimum_age",
          "maximum_age",
          "day",
          "start_time",
          "end_time",
          "postcode",
          "proximity");

  /** The API is public and sessionless: every caller reads as anonymous. */
  private static final Viewer PUBLIC = Viewer.anonymous();

  private final DirectoryIndex index;
  private final FederatedDocuments documents;
  private final Listings listings;
  private final Postcodes postcodes;
  private final JsonMapper json;

  OpenReferralController(
      DirectoryIndex index,
      FederatedDocuments documents,
      Listings listings,
      Postcodes postcodes,
      JsonMapper json) {
    this.index = index;
    this.documents = documents;
    this.listings = listings;
    this.postcodes = postcodes;
    this.json = json;
  }

  @GetMapping({"", "/"})
  ObjectNode about(HttpServletRequest request) {
    new Parameters(request.getParameterMap(), Set.of());
    ObjectNode about = json.createObjectNode();
    about.put("version", "HSDS-UK-3.0");
    about.put("profile", "https://openreferraluk.org/");
    about.put(
        "openapi_url",
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path(BASE + "/openapi.json")
            .toUriString());
    return about;
  }

  @GetMapping("/openapi.json")
  JsonNode openapi() throws IOException {
    try (InputStream in =
        new ClassPathResource("standards/oruk-uk-profile-3.0/profile/openapi.json")
            .getInputStream()) {
      return json.readTree(in);
    }
  }

  @GetMapping("/services")
  ObjectNode services(HttpServletRequest request) {
    Parameters params = new Parameters(request.getParameterMap(), SERVICE_FILTERS);
    params.onlyJson();
    SearchResults results = index.search(serviceQuery(params));
    List<String> ids = results.hits().stream().map(SearchResults.Hit::serviceId).toList();
    boolean minimal = params.flag("minimal");
    if (!minimal && params.flag("full")) {
      return Pages.of(
          json,
          results.total(),
          results.page(),
          results.perPage(),
          documents.readServices(ids, PUBLIC));
    }
    // Summaries come from the index, written when it last took the service's change from the
    // change log, so a page costs no queries. They carry no locations, so no hidden address.
    List<String> summaries = results.hits().stream().map(SearchResults.Hit::summaryJson).toList();
    if (summaries.contains(null)) {
      List<ObjectNode> read = documents.readServiceSummaries(ids);
      return Pages.of(
          json,
          results.total(),
          results.page(),
          results.perPage(),
          minimal ? read.stream().map(this::minimal).toList() : read);
    }
    if (minimal) {
      return Pages.of(
          json,
          results.total(),
          results.page(),
          results.perPage(),
          summaries.stream().map(summary -> minimal((ObjectNode) json.readTree(summary))).toList());
    }
    return Pages.ofJson(json, results.total(), results.page(), results.perPage(), summaries);
  }

  @GetMapping("/services/{id}")
  ObjectNode service(@PathVariable String id, HttpServletRequest request) {
    new Parameters(request.getParameterMap(), Set.of());
    return one("service", id, ids -> documents.readServices(ids, PUBLIC));
  }

  @GetMapping("/service_at_locations")
  ObjectNode serviceAtLocations(HttpServletRequest request) {
    Parameters params = new Parameters(request.getParameterMap(), SERVICE_AT_LOCATION_FILTERS);
    params.onlyJson();
    DirectoryIndex.ServiceAtLocationPage slice = index.servicesAtLocations(serviceQuery(params));
    return Pages.of(
        json,
        slice.total(),
        params.page(),
        params.perPage(),
        documents.readServiceAtLocations(slice.ids(), PUBLIC));
  }

  @GetMapping("/service_at_locations/{id}")
  ObjectNode serviceAtLocation(@PathVariable String id, HttpServletRequest request) {
    new Parameters(request.getParameterMap(), Set.of());
    return one("service_at_location", id, ids -> documents.readServiceAtLocations(ids, PUBLIC));
  }

  @GetMapping("/organizations")
  ObjectNode organizations(HttpServletRequest request) {
    Parameters params =
        new Parameters(
            request.getParameterMap(), Set.of("search", "page", "per_page", "format", "full"));
    params.onlyJson();
    Listings.Slice slice =
        listings.organizations(params.text("search"), params.page(), params.perPage());
    List<ObjectNode> contents =
        params.flag("full")
            ? documents.readOrganizations(slice.ids(), PUBLIC)
            : documents.readOrganizationSummaries(slice.ids());
    return Pages.of(json, slice.total(), params.page(), params.perPage(), contents);
  }

  @GetMapping("/organizations/{id}")
  ObjectNode organization(@PathVariable String id, HttpServletRequest request) {
    new Parameters(request.getParameterMap(), Set.of("full_service"));
    return one("organization", id, ids -> documents.readOrganizations(ids, PUBLIC));
  }

  @GetMapping("/taxonomies")
  ObjectNode taxonomies(HttpServletRequest request) {
    Parameters params = new Parameters(request.getParameterMap(), PAGING);
    params.onlyJson();
    Listings.Slice slice = listings.taxonomies(params.page(), params.perPage());
    return Pages.of(
        json,
        slice.total(),
        params.page(),
        params.perPage(),
        documents.readTaxonomies(slice.ids()));
  }

  @GetMapping("/taxonomies/{id}")
  ObjectNode taxonomy(@PathVariable String id, HttpServletRequest request) {
    new Parameters(request.getParameterMap(), Set.of());
    return one("taxonomy", id, documents::readTaxonomies);
  }

  @GetMapping("/taxonomy_terms")
  ObjectNode taxonomyTerms(HttpServletRequest request) {
    Parameters params =
        new Parameters(
            request.getParameterMap(),
            Set.of("page", "per_page", "format", "taxonomy_id", "parent_id"));
    params.onlyJson();
    Listings.Slice slice =
        listings.taxonomyTerms(
            params.text("taxonomy_id"), params.text("parent_id"), params.page(), params.perPage());
    return Pages.of(
        json,
        slice.total(),
        params.page(),
        params.perPage(),
        documents.readTaxonomyTerms(slice.ids()));
  }

  @GetMapping("/taxonomy_terms/{id}")
  ObjectNode taxonomyTerm(@PathVariable String id, HttpServletRequest request) {
    new Parameters(request.getParameterMap(), Set.of());
    return one("taxonomy_term", id, documents::readTaxonomyTerms);
  }

  private SearchQuery serviceQuery(Parameters params) {
    SearchQuery.Near near = null;
    Double miles = null;
    String postcode = params.text("postcode");
    Integer proximity = params.integer("proximity", 1, 1_000_000);
    if (postcode != null) {
      var centroid =
          postcodes
              .centroid(postcode)
              .orElseThrow(
                  () ->
                      new BadParameter(
                          "postcode", "Unknown or malformed postcode '" + postcode + "'"));
      near = new SearchQuery.Near(centroid.latitude(), centroid.longitude());
      miles = proximity == null ? null : proximity / Coordinates.METRES_PER_MILE;
    } else if (proximity != null) {
      throw new BadParameter("proximity", "'proximity' needs a 'postcode' to measure from");
    }
    SearchQuery.AgeLimits ages =
        new SearchQuery.AgeLimits(
            params.integer("minimum_age", 0, 150), params.integer("maximum_age", 0, 150));
    var day = params.day("day");
    var from = params.time("start_time");
    var to = params.time("end_time");
    SearchQuery.Hours hours =
        day == null && from == null && to == null ? null : new SearchQuery.Hours(day, from, to);
    String term = params.text("taxonomy_term_id");
    return SearchQuery.builder()
        .text(params.text("search"))
        .allOfTerms(term == null ? Set.of() : Set.of(term))
        .near(near, miles)
        .organization(params.text("organization_id"))
        .taxonomy(params.text("taxonomy_id"))
        .modifiedAfter(params.instant("modified_after"))
        .ageLimits(ages)
        .hours(hours)
        .page(params.page(), params.perPage())
        .build();
  }

  private ObjectNode minimal(ObjectNode summary) {
    ObjectNode item = json.createObjectNode();
    item.set("id", summary.get("id"));
    item.set("name", summary.get("name"));
    item.set("status", summary.get("status"));
    if (summary.has("last_modified")) {
      item.set("last_modified", summary.get("last_modified"));
    }
    return item;
  }

  private static ObjectNode one(
      String kind, String id, Function<List<String>, List<ObjectNode>> reader) {
    List<ObjectNode> found = reader.apply(List.of(id));
    if (found.isEmpty()) {
      throw new NotFound(kind, id);
    }
    return found.get(0);
  }
}
