package org.alliance.directory.feeds;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * ORUK v1's service read as HSDS 3.0: its ages move from {@code eligibilitys} to the service, its
 * {@code regular_schedules} become {@code schedules}, a location's {@code physical_addresses} its
 * {@code addresses}, {@code service_taxonomys} the service's attributes with their terms, and a
 * language's {@code language} its name. The field names are the standard's own, so this is a
 * reading of the older shape, not a repair, and is not listed among a record's repairs.
 */
final class FromVersionOne {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FromVersionOne() {}

  static void map(ObjectNode service) {
    JsonNode eligibilitys = service.remove("eligibilitys");
    if (eligibilitys != null && eligibilitys.isArray() && !eligibilitys.isEmpty()) {
      JsonNode first = eligibilitys.get(0);
      copy(first, "minimum_age", service);
      copy(first, "maximum_age", service);
      StringBuilder words = new StringBuilder();
      eligibilitys.forEach(
          e -> {
            String text = RecordRepair.text(e.get("eligibility"));
            if (text != null) {
              words.append(words.isEmpty() ? "" : "; ").append(text);
            }
          });
      if (!words.isEmpty() && !service.has("eligibility_description")) {
        service.put("eligibility_description", words.toString());
      }
    }
    rename(service, "regular_schedules", "schedules");
    JsonNode fees = service.remove("fees");
    if (fees != null && fees.isString() && !service.has("fees_description")) {
      service.put("fees_description", fees.stringValue());
    }
    JsonNode taxonomys = service.remove("service_taxonomys");
    if (taxonomys != null && taxonomys.isArray()) {
      ArrayNode attributes = service.withArray("attributes");
      for (JsonNode link : taxonomys) {
        JsonNode taxonomy = link.path("taxonomy");
        String name = RecordRepair.text(taxonomy.get("name"));
        if (name == null) {
          continue;
        }
        ObjectNode term = NODES.objectNode();
        if (taxonomy.has("id")) {
          term.set("id", taxonomy.get("id"));
        }
        term.put("name", name);
        term.put("description", name);
        String vocabulary = RecordRepair.text(taxonomy.get("vocabulary"));
        if (vocabulary != null) {
          term.put("vocabulary", vocabulary);
        }
        ObjectNode attribute = NODES.objectNode();
        if (link.has("id")) {
          attribute.set("id", link.get("id"));
        }
        attribute.set("taxonomy_term", term);
        attributes.add(attribute);
      }
    }
    languages(service);
    JsonNode places = service.get("service_at_locations");
    if (places != null && places.isArray()) {
      for (JsonNode place : places) {
        if (place.path("location").isObject()) {
          ObjectNode location = (ObjectNode) place.get("location");
          rename(location, "physical_addresses", "addresses");
          languages(location);
          rename(location, "regular_schedules", "schedules");
        }
        if (place instanceof ObjectNode placeObject) {
          rename(placeObject, "regular_schedules", "schedules");
        }
      }
    }
  }

  private static void languages(ObjectNode holder) {
    JsonNode languages = holder.get("languages");
    if (languages != null && languages.isArray()) {
      for (JsonNode language : languages) {
        if (language instanceof ObjectNode object && object.has("language")) {
          JsonNode name = object.remove("language");
          if (!object.has("name")) {
            object.set("name", name);
          }
        }
      }
    }
  }

  private static void copy(JsonNode from, String key, ObjectNode to) {
    if (from.has(key) && !to.has(key)) {
      to.set(key, from.get(key));
    }
  }

  private static void rename(ObjectNode object, String from, String to) {
    JsonNode value = object.remove(from);
    if (value != null && !object.has(to)) {
      object.set(to, value);
    }
  }
}
