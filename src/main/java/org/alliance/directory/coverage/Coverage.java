package org.alliance.directory.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Coverage tables for commissioners: need by area for an age band (gaps and overlaps), and provider
 * by treatment modality with HAS tiers (the Norfolk strategy's Appendix 2 matrix).
 */
@Component
class Coverage {

  static final String NEEDS = "Alliance needs";
  static final String MODALITIES = "Treatment modalities";
  static final String TIERS = "HAS tiers";

  /** Three or more services of one kind for the same people and place is worth a look. */
  static final int OVERLAP = 3;

  private final CoverageQueries queries;

  Coverage(CoverageQueries queries) {
    this.queries = queries;
  }

  NeedByArea needByArea(AgeBand band) {
    List<CoverageQueries.ServiceFact> facts =
        queries.facts(NEEDS).stream().filter(f -> f.covers(band)).toList();
    TreeSet<String> areas = new TreeSet<>();
    facts.forEach(f -> areas.add(f.area()));
    List<NeedByArea.Row> rows = new ArrayList<>();
    for (String need : queries.terms(NEEDS)) {
      List<NeedByArea.Cell> cells = new ArrayList<>();
      for (String area : areas) {
        TreeSet<String> services = new TreeSet<>();
        facts.stream()
            .filter(f -> f.term().equals(need) && f.area().equals(area))
            .forEach(f -> services.add(f.service()));
        cells.add(new NeedByArea.Cell(area, List.copyOf(services)));
      }
      rows.add(new NeedByArea.Row(need, cells));
    }
    return new NeedByArea(band, List.copyOf(areas), rows);
  }

  ProviderByModality providerByModality() {
    Map<String, List<String>> tiersByService = new LinkedHashMap<>();
    queries
        .facts(TIERS)
        .forEach(
            f ->
                tiersByService
                    .computeIfAbsent(f.serviceId(), id -> new ArrayList<>())
                    .add(tierNumber(f.term())));
    List<String> modalities = queries.terms(MODALITIES);
    Map<String, Map<String, TreeSet<String>>> byProvider = new java.util.TreeMap<>();
    for (CoverageQueries.ServiceFact fact : queries.facts(MODALITIES)) {
      TreeSet<String> tiers =
          byProvider
              .computeIfAbsent(fact.provider(), p -> new LinkedHashMap<>())
              .computeIfAbsent(fact.term(), m -> new TreeSet<>());
      tiers.addAll(tiersByService.getOrDefault(fact.serviceId(), List.of("tier not recorded")));
    }
    List<ProviderByModality.Row> rows = new ArrayList<>();
    byProvider.forEach(
        (provider, cells) ->
            rows.add(
                new ProviderByModality.Row(
                    provider,
                    modalities.stream()
                        .map(m -> String.join(", ", cells.getOrDefault(m, new TreeSet<>())))
                        .toList())));
    return new ProviderByModality(modalities, rows);
  }

  /** "Tier 3: community specialist" reads as "3" in a matrix cell. */
  private static String tierNumber(String term) {
    java.util.regex.Matcher digits = java.util.regex.Pattern.compile("(\\d)").matcher(term);
    return digits.find() ? digits.group(1) : term;
  }

  /** Need (rows) by area (columns) for one age band. */
  record NeedByArea(AgeBand band, List<String> areas, List<Row> rows) {
    record Row(String need, List<Cell> cells) {}

    record Cell(String area, List<String> services) {
      public boolean gap() {
        return services.isEmpty();
      }

      public boolean overlap() {
        return services.size() >= OVERLAP;
      }
    }
  }

  /** Provider (rows) by modality (columns); each cell lists the HAS tiers offered. */
  record ProviderByModality(List<String> modalities, List<Row> rows) {
    record Row(String provider, List<String> tiers) {}
  }
}
