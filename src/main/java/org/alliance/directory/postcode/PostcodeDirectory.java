package org.alliance.directory.postcode;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliance.directory.Coordinates;
import org.alliance.directory.PostcodeImportResult;
import org.alliance.directory.Postcodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Postcode centroids from {@code directory.postcode}. */
@Service
class PostcodeDirectory implements Postcodes {

  /** How many found centroids are kept, and for how long. */
  private static final int CACHED = 10_000;

  private static final Duration CACHED_FOR = Duration.ofMinutes(10);

  private final JdbcClient jdbc;
  private final PostcodeImport postcodeImport;

  /**
   * Centroids found recently, by what was asked (tidied), so that a search near a postcode does not
   * wait on a query each time. Only found ones: a postcode not yet known is looked up again. An
   * import on this node empties it; one on another node shows here within ten minutes (new postcode
   * releases come a few times a year, and a centroid rarely moves). Concurrent searches read it
   * without waiting on each other.
   */
  private final Cache<String, Coordinates> recent =
      Caffeine.newBuilder().maximumSize(CACHED).expireAfterWrite(CACHED_FOR).build();

  PostcodeDirectory(JdbcClient jdbc, PostcodeImport postcodeImport) {
    this.jdbc = jdbc;
    this.postcodeImport = postcodeImport;
  }

  @Override
  public Optional<Coordinates> centroid(String postcode) {
    String key = postcode == null ? "" : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    Coordinates found = recent.getIfPresent(key);
    if (found != null) {
      return Optional.of(found);
    }
    Optional<Coordinates> centroid = lookUp(postcode);
    centroid.ifPresent(coordinates -> recent.put(key, coordinates));
    return centroid;
  }

  private Optional<Coordinates> lookUp(String postcode) {
    Optional<String> full = Postcodes.normalise(postcode);
    if (full.isPresent()) {
      return jdbc.sql(
              "select latitude, longitude from directory.postcode where postcode = :postcode")
          .param("postcode", full.get())
          .query((rs, row) -> new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")))
          .optional();
    }
    String outward = postcode == null ? "" : postcode.strip().toUpperCase(Locale.ROOT);
    if (!OUTWARD.matcher(outward).matches()) {
      return Optional.empty();
    }
    // Stored postcodes have no space and the inward code is always three characters, so "BK1___"
    // finds BK1's postcodes (BK1 0AB is BK10AB) and not BK10's (BK10 2AB is BK102AB).
    return jdbc.sql(
            """
            select avg(latitude) as latitude, avg(longitude) as longitude
              from directory.postcode
             where postcode like :pattern
            having count(*) > 0
            """)
        .param("pattern", outward + "___")
        .query((rs, row) -> new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")))
        .optional();
  }

  @Override
  public long count() {
    return jdbc.sql("select count(*) from directory.postcode").query(Long.class).single();
  }

  @Override
  public PostcodeImportResult importFiles(List<Path> files) {
    try {
      return load(files);
    } finally {
      recent.invalidateAll();
    }
  }

  private PostcodeImportResult load(List<Path> files) {
    return postcodeImport.load(
        files.stream()
            .map(
                file ->
                    new PostcodeImport.Source(
                        file.toString(),
                        // ONSPD and Code-Point Open are plain ASCII; a stray byte becomes U+FFFD
                        // and fails validation.
                        () ->
                            new InputStreamReader(
                                Files.newInputStream(file), StandardCharsets.UTF_8)))
            .toList());
  }
}
