package org.alliance.directory.oruk;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The HSDS page shape around a list of documents. */
final class Pages {

  private Pages() {}

  static ObjectNode of(JsonMapper json, long total, int page, int perPage, List<ObjectNode> contents) {
    long pages = (total + perPage - 1) / perPage;
    ObjectNode body = json.createObjectNode();
    body.put("total_items", total);
    body.put("total_pages", pages);
    body.put("page_number", page);
    body.put("size", contents.size());
    body.put("first_page", page == 1);
    body.put("last_page", page >= pages);
    body.put("empty", contents.isEmpty());
    ArrayNode items = body.putArray("contents");
    contents.forEach(items::add);
    return body;
  }
}
