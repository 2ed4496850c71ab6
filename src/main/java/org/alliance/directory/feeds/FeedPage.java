package org.alliance.directory.feeds;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One page of a feed: its records and how many pages there are, read from either shape. A page that
 * does not say how many there are is taken as the only one.
 */
record FeedPage(List<JsonNode> records, int totalPages) {

  /** The page, or null when the JSON is not a page of that shape. */
  static FeedPage read(JsonNode json, FeedFormat format) {
    if (json == null || !json.isObject()) {
      return null;
    }
    JsonNode list = json.get(format == FeedFormat.ORUK3 ? "contents" : "content");
    if (list == null || !list.isArray()) {
      return null;
    }
    JsonNode pages = json.get(format == FeedFormat.ORUK3 ? "total_pages" : "totalPages");
    int total = pages != null && pages.canConvertToInt() ? Math.max(1, pages.asInt()) : 1;
    List<JsonNode> records = new ArrayList<>();
    list.forEach(records::add);
    return new FeedPage(List.copyOf(records), total);
  }
}
