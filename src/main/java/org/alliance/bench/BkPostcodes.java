package org.alliance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The invented BK postcode area that demo mode uses (ONSPD-shaped CSV on the classpath): the
 * generator puts its addresses at these postcodes and the load searches from them.
 */
final class BkPostcodes {

  static final String RESOURCE = "demo/directory/postcodes.csv";

  /** A live postcode with usable coordinates, and the town its district belongs to. */
  record Postcode(String display, double latitude, double longitude) {

    String district() {
      return display.substring(0, display.indexOf(' '));
    }

    /** BK1 to BK7 are the city; the rest West Brackenshire's towns, as in the demo directory. */
    String town() {
      int number = Integer.parseInt(district().substring(2));
      return number <= 7
          ? "Brackenford"
          : number <= 9 ? "Westmere" : number == 10 ? "Kelston Market" : "Hollinbridge";
    }
  }

  private BkPostcodes() {}

  /** Terminated postcodes and ONSPD's "no coordinates" rows (99.999999) are left out. */
  static List<Postcode> live() {
    List<Postcode> postcodes = new ArrayList<>();
    try (Reader reader = new InputStreamReader(open(), StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        double latitude = Double.parseDouble(row.get("lat"));
        if (row.get("doterm").isBlank() && latitude < 90) {
          postcodes.add(
              new Postcode(row.get("pcds"), latitude, Double.parseDouble(row.get("long"))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return postcodes;
  }

  /**
   * The file itself, for {@code Postcodes.importFiles}, which reads files rather than resources.
   */
  static Path copyTo(Path folder) throws IOException {
    Path file = folder.resolve("postcodes.csv");
    try (InputStream in = open()) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  private static InputStream open() {
    InputStream in = BkPostcodes.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Missing classpath resource " + RESOURCE);
    }
    return in;
  }
}
