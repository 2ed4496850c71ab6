package org.alliance.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo directory files as the tests read them, straight from the classpath. */
final class DemoDirectory {

  static final String FOLDER = "demo/directory/";
  static final JsonMapper JSON = JsonMapper.builder().build();

  private DemoDirectory() {}

  static JsonNode json(String file) {
    try (InputStream in = resource(file)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> array(String file) {
    return StreamSupport.stream(json(file).spliterator(), false).toList();
  }

  static String text(String file) {
    try (InputStream in = resource(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Live postcodes in postcodes.csv (not terminated, with a position) by their pcds form. */
  static Map<String, Coordinates> livePostcodes() {
    Map<String, Coordinates> live = new HashMap<>();
    for (CSVRecord row : onspdRows()) {
      if (row.get("doterm").isEmpty() && !row.get("lat").equals("99.999999")) {
        live.put(
            row.get("pcds"),
            new Coordinates(
                Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("long"))));
      }
    }
    return live;
  }

  static List<CSVRecord> onspdRows() {
    try (InputStream in = resource("postcodes.csv");
        CSVParser parser =
            CSVParser.parse(
                new InputStreamReader(in, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return new ArrayList<>(parser.getRecords());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String file) {
    InputStream in = DemoDirectory.class.getClassLoader().getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("Missing " + FOLDER + file);
    }
    return in;
  }
}
