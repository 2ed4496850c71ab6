package org.alliance.directory.postcode;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private final JdbcClient jdbc;
  private final PostcodeImport postcodeImport;

  PostcodeDirectory(JdbcClient jdbc, PostcodeImport postcodeImport) {
    this.jdbc = jdbc;
    this.postcodeImport = postcodeImport;
  }

  @Override
  public Optional<Coordinates> centroid(String postcode) {
    Optional<String> full = Postcodes.normalise(postcode);
    if (full.isPresent()) {
      return jdbc.sql("select latitude, longitude from directory.postcode where postcode = :postcode")
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
    return jdbc.sql("""
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
    return postcodeImport.load(files.stream()
        .map(file -> new PostcodeImport.Source(file.toString(),
            // ONSPD and Code-Point Open are plain ASCII; a stray byte becomes U+FFFD and fails validation.
            () -> new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)))
        .toList());
  }
}
