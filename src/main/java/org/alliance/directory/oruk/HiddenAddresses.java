package org.alliance.directory.oruk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Refuges and safe houses: before a document leaves the API, a hidden location loses its addresses
 * and exact position. Its area still shows through the service's service areas.
 */
@Component
class HiddenAddresses {

  private final JdbcClient jdbc;

  HiddenAddresses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  <T extends JsonNode> List<T> scrub(List<T> documents) {
    Set<String> hidden =
        new HashSet<>(
            jdbc.sql("select id from directory.location where address_hidden")
                .query(String.class)
                .list());
    if (!hidden.isEmpty()) {
      documents.forEach(document -> scrub(document, hidden));
    }
    return documents;
  }

  private static void scrub(JsonNode node, Set<String> hidden) {
    if (node instanceof ObjectNode object) {
      JsonNode id = object.get("id");
      if (id != null && hidden.contains(id.asString()) && object.has("location_type")) {
        object.putArray("addresses");
        object.remove("latitude");
        object.remove("longitude");
        object.remove("transportation");
      }
      object.values().forEach(child -> scrub(child, hidden));
    } else if (node != null && node.isArray()) {
      node.forEach(child -> scrub(child, hidden));
    }
  }
}
