package org.alliance.directory.federation;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.directory.hsds.HsdsDocuments;
import org.alliance.directory.hsds.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HSDS documents Alliance publishes: only published records ({@link Publication}), and a
 * service linked with others carries their fields where its own are blank ({@link FieldByField}),
 * each such field and each linked record named in the service's HSDS {@code metadata}, so a reader
 * can tell which publisher said what and when it was last checked.
 */
@Component
public class FederatedDocuments {

  private final HsdsDocuments documents;
  private final Publication publication;
  private final SourcedRecords records;
  private final JdbcClient jdbc;

  FederatedDocuments(
      HsdsDocuments documents, Publication publication, SourcedRecords records, JdbcClient jdbc) {
    this.documents = documents;
    this.publication = publication;
    this.records = records;
    this.jdbc = jdbc;
  }

  public List<ObjectNode> readServices(List<String> ids, Viewer viewer) {
    List<ObjectNode> read = documents.readServices(publication.services(ids), viewer);
    Map<String, List<String>> linked = linkedTo(read.stream().map(FederatedDocuments::id).toList());
    if (linked.isEmpty()) {
      return read;
    }
    List<String> all = new ArrayList<>(linked.keySet());
    linked.values().forEach(all::addAll);
    Map<String, SourcedRecord> sourced = records.read(all);
    for (ObjectNode service : read) {
      List<String> others = linked.get(id(service));
      if (others != null && sourced.containsKey(id(service))) {
        publishAsOne(
            service,
            sourced.get(id(service)),
            others.stream().map(sourced::get).filter(r -> r != null).toList());
      }
    }
    return read;
  }

  public List<ObjectNode> readServiceSummaries(List<String> ids) {
    return documents.readServiceSummaries(publication.services(ids));
  }

  public List<ObjectNode> readServiceAtLocations(List<String> ids, Viewer viewer) {
    return documents.readServiceAtLocations(publication.servicesAtLocations(ids), viewer);
  }

  /** Published organisations, listing only their published services. */
  public List<ObjectNode> readOrganizations(List<String> ids, Viewer viewer) {
    List<ObjectNode> read = documents.readOrganizations(publication.organizations(ids), viewer);
    List<String> serviceIds = new ArrayList<>();
    for (ObjectNode organization : read) {
      organization.path("services").forEach(service -> serviceIds.add(id(service)));
    }
    Set<String> shown = Set.copyOf(publication.services(serviceIds));
    for (ObjectNode organization : read) {
      if (organization.get("services") instanceof ArrayNode services) {
        for (int i = services.size() - 1; i >= 0; i--) {
          if (!shown.contains(services.get(i).path("id").asString())) {
            services.remove(i);
          }
        }
      }
    }
    return read;
  }

  public List<ObjectNode> readOrganizationSummaries(List<String> ids) {
    return documents.readOrganizationSummaries(publication.organizations(ids));
  }

  public List<ObjectNode> readTaxonomies(List<String> ids) {
    return documents.readTaxonomies(ids);
  }

  public List<ObjectNode> readTaxonomyTerms(List<String> ids) {
    return documents.readTaxonomyTerms(ids);
  }

  private void publishAsOne(ObjectNode service, SourcedRecord own, List<SourcedRecord> others) {
    ArrayNode metadata =
        service.get("metadata") instanceof ArrayNode existing
            ? existing
            : service.putArray("metadata");
    for (FieldByField.Published field : FieldByField.merge(own, others)) {
      if (field.from() == null || field.from() == own) {
        continue;
      }
      if (field.value() instanceof Integer number) {
        service.put(field.field(), number);
      } else {
        service.put(field.field(), field.value().toString());
      }
      metadata.add(
          provenance(service, field.from(), "merged", field.field(), "", field.value().toString()));
    }
    for (SourcedRecord other : others) {
      metadata.add(provenance(service, other, "linked", "id", other.id(), id(service)));
    }
  }

  private static ObjectNode provenance(
      ObjectNode service,
      SourcedRecord from,
      String action,
      String field,
      String previous,
      String replacement) {
    ObjectNode entry = service.objectNode();
    entry.put(
        "id",
        UUID.nameUUIDFromBytes(
                (id(service) + "|" + from.id() + "|" + action + "|" + field)
                    .getBytes(StandardCharsets.UTF_8))
            .toString());
    entry.put("resource_id", id(service));
    entry.put("resource_type", "service");
    entry.put(
        "last_action_date",
        (from.checked() == null ? java.time.Instant.now() : from.checked())
            .atOffset(ZoneOffset.UTC)
            .toLocalDate()
            .toString());
    entry.put("last_action_type", action);
    entry.put("field_name", field);
    entry.put("previous_value", previous);
    entry.put("replacement_value", replacement);
    entry.put("updated_by", from.source());
    return entry;
  }

  /** For each of these services, the records published through it. */
  private Map<String, List<String>> linkedTo(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            "select published_as, service_id from directory.service_link"
                + " where published_as = any(:ids) order by service_id")
        .param("ids", ids.toArray(String[]::new))
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey,
                LinkedHashMap::new,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private static String id(JsonNode document) {
    return document.path("id").asString();
  }
}
