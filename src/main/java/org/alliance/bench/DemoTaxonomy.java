package org.alliance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo directory's taxonomies (Alliance needs, HAS tiers, referral routes, ...), reused by the
 * generator so that generated services carry the same terms the search form offers.
 */
record DemoTaxonomy(
    Map<String, String> needsByCode, List<String> tiers, List<String> referralRoutes) {

  private static final String FOLDER = "demo/directory/";
  private static final List<String> FILES = List.of("taxonomies.json", "taxonomy_terms.json");

  static DemoTaxonomy load() {
    Map<String, String> needs = new HashMap<>();
    List<String> tiers = new ArrayList<>();
    List<String> routes = new ArrayList<>();
    try (InputStream in = open("taxonomy_terms.json")) {
      for (JsonNode term : JsonMapper.builder().build().readTree(in)) {
        String id = term.get("id").stringValue();
        switch (term.path("taxonomy").asString()) {
          case "Alliance needs" -> needs.put(term.get("code").stringValue(), id);
          case "HAS tiers" -> tiers.add(id);
          case "Referral route" -> routes.add(id);
          default -> {}
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DemoTaxonomy(Map.copyOf(needs), List.copyOf(tiers), List.copyOf(routes));
  }

  String need(String code) {
    String id = needsByCode.get(code);
    if (id == null) {
      throw new IllegalStateException("The demo taxonomy has no need coded " + code);
    }
    return id;
  }

  /** The taxonomy files as the export names them, so the folder imports like an export. */
  static void copyTo(Path folder) throws IOException {
    for (String file : FILES) {
      try (InputStream in = open(file)) {
        Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static InputStream open(String file) {
    InputStream in = DemoTaxonomy.class.getClassLoader().getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("Missing classpath resource " + FOLDER + file);
    }
    return in;
  }
}
