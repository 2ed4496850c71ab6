package org.alliance.directory.oruk;

import java.util.List;
import org.alliance.directory.federation.Publication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pages of ids for the listings the search index does not serve (organizations, taxonomies,
 * taxonomy terms; services at locations come from the search index), in a stable order, with exact
 * totals.
 */
@Component
class Listings {

  private final JdbcClient jdbc;
  private final Publication publication;

  Listings(JdbcClient jdbc, Publication publication) {
    this.jdbc = jdbc;
    this.publication = publication;
  }

  record Slice(long total, List<String> ids) {}

  Slice organizations(String search, int page, int perPage) {
    String where =
        "(cast(:search as text) is null or name ilike '%' || cast(:search as text) || '%') and "
            + publication.organizationPublished("t");
    return slice(
        "directory.organization", where, "lower(name), id", page, perPage, search, null, null);
  }

  Slice taxonomies(int page, int perPage) {
    return slice("directory.taxonomy", "true", "lower(name), id", page, perPage, null, null, null);
  }

  Slice taxonomyTerms(String taxonomyId, String parentId, int page, int perPage) {
    String where =
        "(cast(:a as text) is null or taxonomy_id = cast(:a as text))"
            + " and (cast(:b as text) is null or parent_id = cast(:b as text))";
    return slice(
        "directory.taxonomy_term",
        where,
        "lower(name), id",
        page,
        perPage,
        null,
        taxonomyId,
        parentId);
  }

  /** Table and conditions are fixed text in this class; only the values come from the request. */
  private Slice slice(
      String table,
      String where,
      String order,
      int page,
      int perPage,
      String search,
      String a,
      String b) {
    String from = " from " + table + " t where " + where;
    long total = bind(jdbc.sql("select count(*)" + from), search, a, b).query(Long.class).single();
    List<String> ids =
        bind(
                jdbc.sql(
                    "select t.id" + from + " order by " + order + " limit :limit offset :offset"),
                search,
                a,
                b)
            .param("limit", perPage)
            .param("offset", (long) (page - 1) * perPage)
            .query(String.class)
            .list();
    return new Slice(total, ids);
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec statement, String search, String a, String b) {
    JdbcClient.StatementSpec bound = statement;
    bound = bound.param("search", search).param("a", a).param("b", b);
    return bound;
  }
}
