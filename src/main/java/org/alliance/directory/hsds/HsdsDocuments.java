package org.alliance.directory.hsds;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS 3.0 JSON documents assembled from the directory tables, for the rest of the directory module
 * (the ORUK API, search, pages). Each method takes a list of ids and returns the documents in that
 * order, leaving out ids that do not exist, so a caller can page through services by id. The cost
 * is a fixed number of queries per call, whatever the number of ids. Alliance's own columns (hidden
 * addresses, the looking-after organisation) are not included. Every document holding locations is
 * read for a {@link Viewer}: a hidden place outside the viewer's organisation comes withheld
 * ({@link HiddenPlaces}), so no caller has to remember to hide it.
 */
public interface HsdsDocuments {

  /** Full services, as {@code service_full.json}, with HSDS 3.1 {@code capacities}. */
  List<ObjectNode> readServices(List<String> ids, Viewer viewer);

  /** A service's own fields with its organization's and program's, as {@code service_list.json}. */
  List<ObjectNode> readServiceSummaries(List<String> ids);

  /** Full organizations with their services, as {@code organization_full.json}. */
  List<ObjectNode> readOrganizations(List<String> ids, Viewer viewer);

  /** An organization's own fields, as {@code organization_list.json}. */
  List<ObjectNode> readOrganizationSummaries(List<String> ids);

  /**
   * Full services at locations, as {@code service_at_location_full.json} (ORUK
   * /service_at_locations/{id}).
   */
  List<ObjectNode> readServiceAtLocations(List<String> ids, Viewer viewer);

  List<ObjectNode> readTaxonomies(List<String> ids);

  /** Taxonomy terms with their {@code taxonomy_detail}, as {@code taxonomy_term.json}. */
  List<ObjectNode> readTaxonomyTerms(List<String> ids);
}
