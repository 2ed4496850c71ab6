package org.alliance.directory.web;

import java.util.Optional;
import org.alliance.directory.search.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where a postcode is, from the centroid table; no online service is asked. */
@Component
class PostcodeCentroids {

  static final String UK_POSTCODE = "^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$";

  private final JdbcClient jdbc;

  PostcodeCentroids(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String normalise(String postcode) {
    return postcode == null ? "" : postcode.toUpperCase().replaceAll("\\s", "");
  }

  static boolean looksLikeAPostcode(String postcode) {
    return normalise(postcode).matches(UK_POSTCODE);
  }

  Optional<SearchQuery.Near> centroid(String postcode) {
    return jdbc.sql("select latitude, longitude from directory.postcode where postcode = :postcode")
        .param("postcode", normalise(postcode))
        .query((rs, row) -> new SearchQuery.Near(rs.getDouble(1), rs.getDouble(2)))
        .optional();
  }
}
