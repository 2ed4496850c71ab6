package org.alliance.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.alliance.bench.SearchMix.Query;

/**
 * The search page's query done by PostgreSQL alone, one client, against the same data: what the
 * in-process index is measured against.
 */
final class SqlBaseline {

  /*
   * Any of the words (websearch_to_tsquery with "or", as the index makes each word a SHOULD clause)
   * in the service's name or description; active; a minimum age of at least the given one (the
   * Open Referral UK minimum_age filter the API applies; no minimum counts as 0, as in the index); offered at a place within the radius of the postcode's
   * centroid (a bounding box an index could use, then haversine on the mean earth radius, as Lucene
   * does); the best ten by ts_rank with the exact number of matches, which the API returns. The index
   * also matches taxonomy term and organisation names and breaks ties by distance; this is the plain
   * SQL a team would write first, and the fair comparison gets the GIN index below.
   */
  static final String SEARCH =
      """
      with p as (
        select ?::text as postcode, websearch_to_tsquery('english', ?) as words, ?::int as age, ?::float8 as metres
      ), here as (
        select pc.latitude::float8 as lat, pc.longitude::float8 as lon, p.metres / 111195.0 as degrees
          from directory.postcode pc, p where pc.postcode = p.postcode
      ), matches as (
        select s.id, ts_rank(to_tsvector('english', s.name || ' ' || coalesce(s.description, '')), p.words) as rank
          from directory.service s, p
         where to_tsvector('english', s.name || ' ' || coalesce(s.description, '')) @@ p.words
           and s.status = 'active'
           and coalesce(s.minimum_age, 0) >= p.age
           and exists (
             select 1
               from directory.service_at_location sal
               join directory.location l on l.id = sal.location_id, here h
              where sal.service_id = s.id
                and l.latitude::float8 between h.lat - h.degrees and h.lat + h.degrees
                and l.longitude::float8 between h.lon - h.degrees / cos(radians(h.lat))
                                            and h.lon + h.degrees / cos(radians(h.lat))
                and 2 * 6371008.7714 * asin(sqrt(
                      power(sin(radians(l.latitude::float8 - h.lat) / 2), 2)
                      + cos(radians(h.lat)) * cos(radians(l.latitude::float8))
                        * power(sin(radians(l.longitude::float8 - h.lon) / 2), 2))) <= p.metres)
      )
      select id, rank, count(*) over () as total from matches order by rank desc, id limit 10
      """;

  /**
   * Only in the benchmark's own throw-away database: the application searches with Lucene and has
   * no such index.
   */
  static final String FULL_TEXT_INDEX =
      """
      create index if not exists bench_service_full_text_ix on directory.service
        using gin (to_tsvector('english', name || ' ' || coalesce(description, '')))
      """;

  private final DataSource dataSource;

  SqlBaseline(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Creates the full-text index and gathers statistics; returns how long that took, in seconds. */
  double prepare() throws SQLException {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(FULL_TEXT_INDEX);
      statement.execute(
          "analyze directory.service, directory.service_at_location, directory.location, directory.postcode");
    }
    return (System.nanoTime() - started) / 1e9;
  }

  /** Every query once, in order, on one connection, after {@code warmup} unmeasured ones. */
  LoadDriver.Sequential run(List<Query> queries, int warmup) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement search = connection.prepareStatement(SEARCH)) {
      for (int i = 0; i < warmup; i++) {
        total(search, queries.get(i % queries.size()));
      }
      Latencies times = new Latencies();
      long matches = 0;
      long began = System.nanoTime();
      for (Query query : queries) {
        long started = System.nanoTime();
        matches += total(search, query);
        times.add(System.nanoTime() - started);
      }
      return new LoadDriver.Sequential(
          times.summary((System.nanoTime() - began) / 1e9), (double) matches / queries.size());
    }
  }

  /** Runs one search, reads all ten rows, and returns the exact count of matches. */
  private static long total(PreparedStatement search, Query query) throws SQLException {
    search.setString(1, query.postcodeKey());
    search.setString(2, query.anyOfTheWords());
    search.setInt(3, query.age());
    search.setDouble(4, SearchMix.RADIUS_METRES);
    long total = 0;
    try (ResultSet rows = search.executeQuery()) {
      while (rows.next()) {
        total = rows.getLong("total");
      }
    }
    return total;
  }
}
