package org.alliance.directory.hsds;

import java.util.List;
import org.alliance.directory.hsds.TreeReader.Shape;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link HsdsDocuments} over the {@link TreeReader}. Each call is one repeatable-read transaction,
 * so the several queries behind a document all see the same moment, even during an import.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class Documents implements HsdsDocuments {

  private final TreeReader reader;

  Documents(TreeReader reader) {
    this.reader = reader;
  }

  @Override
  public List<ObjectNode> readServices(List<String> ids, Viewer viewer) {
    return reader.read("service", ids, Shape.FULL, false, viewer);
  }

  @Override
  public List<ObjectNode> readServiceSummaries(List<String> ids) {
    return reader.read("service", ids, Shape.SUMMARY, false, Viewer.anonymous());
  }

  @Override
  public List<ObjectNode> readOrganizations(List<String> ids, Viewer viewer) {
    return reader.read("organization", ids, Shape.FULL, false, viewer);
  }

  @Override
  public List<ObjectNode> readOrganizationSummaries(List<String> ids) {
    return reader.read("organization", ids, Shape.SUMMARY, false, Viewer.anonymous());
  }

  @Override
  public List<ObjectNode> readServiceAtLocations(List<String> ids, Viewer viewer) {
    return reader.read("service_at_location", ids, Shape.FULL, false, viewer);
  }

  @Override
  public List<ObjectNode> readTaxonomies(List<String> ids) {
    return reader.read("taxonomy", ids, Shape.FULL, false, Viewer.anonymous());
  }

  @Override
  public List<ObjectNode> readTaxonomyTerms(List<String> ids) {
    return reader.read("taxonomy_term", ids, Shape.FULL, false, Viewer.anonymous());
  }
}
