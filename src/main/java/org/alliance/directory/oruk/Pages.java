package org.alliance.directory.oruk;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/** The HSDS page shape around a list of documents. */
final class Pages {

  private Pages() {}

  static ObjectNode of(
      JsonMapper json, long total, int page, int perPage, List<ObjectNode> contents) {
    ObjectNode body = header(json, total, page, perPage, contents.size());
    ArrayNode items = body.putArray("contents");
    contents.forEach(items::add);
    return body;
  }

  /**
   * A page of documents already written as JSON text: they are written out as they are, not parsed
   * again.
   */
  static ObjectNode ofJson(
      JsonMapper json, long total, int page, int perPage, List<String> contents) {
    ObjectNode body = header(json, total, page, perPage, contents.size());
    ArrayNode items = body.putArray("contents");
    contents.forEach(item -> items.addRawValue(new RawValue(item)));
    return body;
  }

  private static ObjectNode header(JsonMapper json, long total, int page, int perPage, int size) {
    long pages = (total + perPage - 1) / perPage;
    ObjectNode body = json.createObjectNode();
    body.put("total_items", total);
    body.put("total_pages", pages);
    body.put("page_number", page);
    body.put("size", size);
    body.put("first_page", page == 1);
    body.put("last_page", page >= pages);
    body.put("empty", size == 0);
    return body;
  }
}
