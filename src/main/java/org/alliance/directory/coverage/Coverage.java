package org.alliance.directory.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.alliance.areas.Areas;
import org.alliance.directory.duplicates.DuplicateQueue;
import org.springframework.stereotype.Component;

/**
 * Coverage tables for commissioners: need by area for an age band (gaps and overlaps), counting
 * each service in every town it reaches ({@link Reach}) and saying how each cell is made up; and
 * provider by treatment modality with HAS tiers (the Norfolk strategy's Appendix 2 matrix).
 */
@Component
class Coverage {

  static final String NEEDS = "Alliance needs";
  static final String MODALITIES = "Treatment modalities";
  static final String TIERS = "HAS tiers";

  /** Three or more services of one kind for the same people and place is worth a look. */
  static final int OVERLAP = 3;

  /** The column for services that give neither a place nor a service area. */
  static final String NOT_RECORDED = "Area not recorded";

  private final CoverageQueries queries;
  private final Areas areas;
  private final DuplicateQueue duplicates;

  Coverage(CoverageQueries queries, Areas areas, DuplicateQueue duplicates) {
    this.queries = queries;
    this.areas = areas;
    this.duplicates = duplicates;
  }

  /** For each need, the services (of any age) reaching any of these towns, each once. */
  List<org.alliance.directory.Provision.NeedProvision> reaching(
      java.util.Collection<String> towns) {
    List<CoverageQueries.ServiceFact> facts = queries.facts(NEEDS);
    Map<String, String> names = new HashMap<>();
    facts.forEach(f -> names.put(f.serviceId(), f.service()));
    Reach reach =
        new Reach(
            areas.tree(), names, queries.placeTowns(), queries.serviceAreas(), queries.remote());
    List<org.alliance.directory.Provision.NeedProvision> provision = new ArrayList<>();
    for (String need : queries.terms(NEEDS)) {
      Map<String, Reach.Reaching> strongest = new java.util.TreeMap<>();
      facts.stream()
          .filter(f -> f.term().equals(need))
          .forEach(
              f -> {
                for (String town : towns) {
                  Reach.Reaching way = reach.of(f.serviceId()).get(town);
                  if (way != null) {
                    strongest.merge(
                        f.serviceId(), way, (a, b) -> a.way().compareTo(b.way()) <= 0 ? a : b);
                  }
                }
              });
      provision.add(
          new org.alliance.directory.Provision.NeedProvision(
              need,
              (int) strongest.values().stream().filter(r -> r.way() == Reach.Way.HERE).count(),
              (int) strongest.values().stream().filter(r -> r.way() == Reach.Way.AREA).count(),
              (int) strongest.values().stream().filter(r -> r.way() == Reach.Way.REMOTE).count(),
              strongest.values().stream().map(Reach.Reaching::service).sorted().toList()));
    }
    return provision;
  }

  NeedByArea needByArea(AgeBand band) {
    List<CoverageQueries.ServiceFact> facts =
        queries.facts(NEEDS).stream().filter(f -> f.covers(band)).toList();
    Map<String, String> names = new HashMap<>();
    facts.forEach(f -> names.put(f.serviceId(), f.service()));
    Reach reach =
        new Reach(
            areas.tree(), names, queries.placeTowns(), queries.serviceAreas(), queries.remote());
    Map<String, Map<String, Reach.Reaching>> reachOf = new HashMap<>();
    for (String serviceId : names.keySet()) {
      Map<String, Reach.Reaching> towns = reach.of(serviceId);
      reachOf.put(
          serviceId,
          towns.isEmpty()
              ? Map.of(
                  NOT_RECORDED,
                  new Reach.Reaching(serviceId, names.get(serviceId), Reach.Way.AREA, null))
              : towns);
    }
    List<String> areaNames = reach.columns();
    if (reachOf.values().stream().anyMatch(towns -> towns.containsKey(NOT_RECORDED))) {
      areaNames.add(NOT_RECORDED);
    }
    Set<List<String>> waiting = duplicates.waitingPairs();
    List<NeedByArea.Row> rows = new ArrayList<>();
    for (String need : queries.terms(NEEDS)) {
      List<NeedByArea.Cell> cells = new ArrayList<>();
      Set<String> meeting = new HashSet<>();
      facts.stream().filter(f -> f.term().equals(need)).forEach(f -> meeting.add(f.serviceId()));
      for (String area : areaNames) {
        List<Reach.Reaching> reaching = new ArrayList<>();
        for (String serviceId : meeting) {
          Reach.Reaching way = reachOf.get(serviceId).get(area);
          if (way != null) {
            reaching.add(way);
          }
        }
        reaching.sort(
            Comparator.comparing(Reach.Reaching::way).thenComparing(Reach.Reaching::service));
        cells.add(new NeedByArea.Cell(area, reaching, repeats(reaching, waiting)));
      }
      rows.add(new NeedByArea.Row(need, cells));
    }
    return new NeedByArea(band, areaNames, rows);
  }

  /**
   * How many of these services may be another of them counted twice: each pair waiting in the
   * duplicate queue joins two into one, once.
   */
  private static int repeats(List<Reach.Reaching> reaching, Set<List<String>> waiting) {
    Map<String, String> group = new HashMap<>();
    reaching.forEach(r -> group.put(r.serviceId(), r.serviceId()));
    int joined = 0;
    for (List<String> pair : waiting) {
      if (group.containsKey(pair.get(0)) && group.containsKey(pair.get(1))) {
        String a = root(group, pair.get(0));
        String b = root(group, pair.get(1));
        if (!a.equals(b)) {
          group.put(a, b);
          joined++;
        }
      }
    }
    return joined;
  }

  private static String root(Map<String, String> group, String id) {
    String current = id;
    while (!group.get(current).equals(current)) {
      current = group.get(current);
    }
    return current;
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

    /**
     * The services reaching one town for one need, and how.
     *
     * @param repeats how many of them may be another of them counted twice (a pair waiting in the
     *     duplicate queue): not counted towards an overlap
     */
    record Cell(String area, List<Reach.Reaching> reaching, int repeats) {
      public List<String> services() {
        return reaching.stream().map(Reach.Reaching::service).toList();
      }

      /** Services, a likely repeat counted once. */
      public int count() {
        return reaching.size() - repeats;
      }

      public boolean gap() {
        return reaching.isEmpty();
      }

      public boolean overlap() {
        return count() >= OVERLAP;
      }

      /** How the count is made up, in words: "1 here, 2 by area, 1 by phone or online". */
      public String madeUp() {
        List<String> parts = new ArrayList<>();
        long here = reaching.stream().filter(r -> r.way() == Reach.Way.HERE).count();
        long area = reaching.stream().filter(r -> r.way() == Reach.Way.AREA).count();
        long remote = reaching.stream().filter(r -> r.way() == Reach.Way.REMOTE).count();
        if (here > 0) {
          parts.add(here + " here");
        }
        if (area > 0) {
          parts.add(area + " by area");
        }
        if (remote > 0) {
          parts.add(remote + " by phone or online");
        }
        if (repeats > 0) {
          parts.add(repeats + " may repeat another");
        }
        return String.join(", ", parts);
      }

      /** Each service and how it reaches the town, for the download. */
      public String listed() {
        return String.join(
            "; ", reaching.stream().map(r -> r.service() + " (" + r.describe() + ")").toList());
      }
    }
  }

  /** Provider (rows) by modality (columns); each cell lists the HAS tiers offered. */
  record ProviderByModality(List<String> modalities, List<Row> rows) {
    record Row(String provider, List<String> tiers) {}
  }
}
