package org.alliance.directory.hsds;

import static org.alliance.directory.hsds.Relation.linked;
import static org.alliance.directory.hsds.Relation.listed;
import static org.alliance.directory.hsds.Relation.owned;
import static org.alliance.directory.hsds.Relation.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The HSDS object tree, declared once: for each object type its table and its nested properties.
 * The reader, the writer, the import and the export are all driven by this description, so a new
 * nested property is one line here. The shapes follow the HSDS 3.0 schemas and examples ({@code
 * service_full.json}, {@code organization_full.json}, {@code service_at_location_full.json}), plus
 * HSDS 3.1's {@code capacities}. Scalar columns come from the data package ({@link TableSchemas}).
 */
@Component
final class HsdsModel {

  /** Every HSDS object may carry attributes (taxonomy terms) and metadata (its change history). */
  private static final List<Relation> ANNOTATIONS =
      List.of(
          linked("attributes", "attribute", "link_id", "link_entity"),
          linked("metadata", "metadata", "resource_id", "resource_type"));

  private static final Relation METADATA = ANNOTATIONS.get(1);

  /** Columns the directory sets itself: an import's value is ignored. */
  private static final Set<String> MANAGED = Set.of("service.last_modified");

  private final Map<String, ObjectType> types = new LinkedHashMap<>();
  private final Map<String, Set<String>> linkColumns = new LinkedHashMap<>();

  HsdsModel() {
    this(TableSchemas.load());
  }

  private HsdsModel(Map<String, Table> tables) {
    Map<String, List<Relation>> relations = relations();
    tables.forEach(
        (name, table) ->
            types.put(name, new ObjectType(table, relations.getOrDefault(name, List.of()))));
    tables.keySet().forEach(name -> linkColumns.put(name, findLinkColumns(name)));
  }

  private static Map<String, List<Relation>> relations() {
    Map<String, List<Relation>> map = new LinkedHashMap<>();
    map.put(
        "service",
        annotated(
            owned("phones", "phone", "service_id"),
            owned("schedules", "schedule", "service_id"),
            owned("service_areas", "service_area", "service_id"),
            owned("service_at_locations", "service_at_location", "service_id"),
            owned("languages", "language", "service_id"),
            reference("organization", "organization", "organization_id"),
            owned("funding", "funding", "service_id"),
            owned("cost_options", "cost_option", "service_id"),
            reference("program", "program", "program_id").inheriting("organization_id"),
            owned("required_documents", "required_document", "service_id"),
            owned("contacts", "contact", "service_id"),
            owned("capacities", "service_capacity", "service_id")));
    map.put(
        "organization",
        annotated(
            owned("funding", "funding", "organization_id"),
            owned("contacts", "contact", "organization_id"),
            owned("phones", "phone", "organization_id"),
            listed("locations", "location", "organization_id"),
            listed("programs", "program", "organization_id"),
            owned("organization_identifiers", "organization_identifier", "organization_id"),
            listed("services", "service", "organization_id").atRootOnly()));
    map.put(
        "service_at_location",
        annotated(
            owned("contacts", "contact", "service_at_location_id"),
            owned("phones", "phone", "service_at_location_id"),
            owned("schedules", "schedule", "service_at_location_id"),
            reference("location", "location", "location_id"),
            reference("service", "service", "service_id").atRootOnly()));
    map.put(
        "location",
        annotated(
            owned("languages", "language", "location_id"),
            owned("addresses", "address", "location_id"),
            owned("contacts", "contact", "location_id"),
            owned("accessibility", "accessibility", "location_id"),
            owned("phones", "phone", "location_id"),
            owned("schedules", "schedule", "location_id")));
    map.put("contact", annotated(owned("phones", "phone", "contact_id")));
    map.put("phone", annotated(owned("languages", "language", "phone_id")));
    for (String plain :
        List.of(
            "language",
            "schedule",
            "service_area",
            "address",
            "accessibility",
            "funding",
            "cost_option",
            "program",
            "required_document",
            "organization_identifier",
            "meta_table_description")) {
      map.put(plain, ANNOTATIONS);
    }
    map.put(
        "attribute",
        List.of(reference("taxonomy_term", "taxonomy_term", "taxonomy_term_id"), METADATA));
    map.put(
        "taxonomy_term",
        List.of(reference("taxonomy_detail", "taxonomy", "taxonomy_id"), METADATA));
    map.put("taxonomy", List.of(METADATA));
    map.put("service_capacity", List.of(reference("unit", "unit", "unit_id")));
    return map;
  }

  private static List<Relation> annotated(Relation... relations) {
    List<Relation> all = new ArrayList<>(List.of(relations));
    all.addAll(ANNOTATIONS);
    return List.copyOf(all);
  }

  ObjectType type(String name) {
    ObjectType type = types.get(name);
    if (type == null) {
      throw new IllegalArgumentException("No HSDS object type " + name);
    }
    return type;
  }

  Collection<ObjectType> types() {
    return types.values();
  }

  Table table(String name) {
    return type(name).table();
  }

  /** The tables, in the data package's order (the CSV order), then Alliance's. */
  List<Table> tables() {
    return types.values().stream().map(ObjectType::table).toList();
  }

  /**
   * Columns of a table that hold links the tree shows by nesting: left out of JSON, filled in by
   * the writer.
   */
  Set<String> linkColumns(String table) {
    return linkColumns.get(table);
  }

  private Set<String> findLinkColumns(String table) {
    return types.values().stream()
        .flatMap(
            type ->
                type.relations().stream()
                    .filter(r -> r.columnTable(type.name()).equals(table))
                    .map(Relation::column))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Columns by which a row belongs to an owning parent; a row left with none of them is deleted.
   */
  Set<String> ownerColumns(String table) {
    return types.values().stream()
        .flatMap(type -> type.relations().stream())
        .filter(r -> r.owned() && r.kind() == Relation.Kind.CHILDREN && r.childType().equals(table))
        .map(Relation::column)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Every (parent type, relation) whose children are rows of {@code table}. */
  List<Map.Entry<ObjectType, Relation>> relationsInto(String table) {
    List<Map.Entry<ObjectType, Relation>> into = new ArrayList<>();
    for (ObjectType type : types.values()) {
      for (Relation relation : type.relations()) {
        if (relation.childType().equals(table)) {
          into.add(Map.entry(type, relation));
        }
      }
    }
    return into;
  }

  boolean managed(String table, String column) {
    return MANAGED.contains(table + "." + column);
  }
}
