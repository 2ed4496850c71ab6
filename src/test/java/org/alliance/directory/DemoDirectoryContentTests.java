package org.alliance.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo directory holds together (references resolve, ids are unique, every address has a
 * postcode centroid) and holds what it was written to show: gaps, overlaps, duplicates and stale
 * entries that the directory's reports must find.
 */
class DemoDirectoryContentTests {

  /** The demo's "today": assured dates are spread back from here. */
  static final LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 23);

  static final String BRACKENFORD = "Brackenford";
  static final String WEST = "West Brackenshire";
  static final String ALL = "All of Brackenshire";

  private final List<JsonNode> services = DemoDirectory.array("services.json");
  private final List<JsonNode> taxonomies = DemoDirectory.array("taxonomies.json");
  private final List<JsonNode> terms = DemoDirectory.array("taxonomy_terms.json");

  @Test
  void aboutFiftyServicesMostlyActiveWithSomeClosed() {
    assertThat(services).hasSizeBetween(45, 65);
    assertThat(services)
        .extracting(s -> s.get("status").asString())
        .contains("active", "inactive", "defunct")
        .filteredOn("active"::equals)
        .hasSizeGreaterThan(50);
  }

  @Test
  void everyAttributeNamesATermInTheTaxonomyFiles() {
    Map<String, JsonNode> termsById = byId(terms);
    Set<String> taxonomyIds = byId(taxonomies).keySet();
    for (JsonNode service : services) {
      for (JsonNode attribute : service.get("attributes")) {
        JsonNode term = attribute.get("taxonomy_term");
        assertThat(termsById)
            .as(service.get("name").asString())
            .containsKey(term.get("id").asString());
        assertThat(attribute.get("taxonomy_term_id").asString())
            .isEqualTo(term.get("id").asString());
        assertThat(attribute.get("link_id").asString()).isEqualTo(service.get("id").asString());
        assertThat(attribute.get("link_entity").asString()).isEqualTo("service");
        JsonNode filed = termsById.get(term.get("id").asString());
        assertThat(term.get("code")).isEqualTo(filed.get("code"));
        assertThat(term.get("name")).isEqualTo(filed.get("name"));
        assertThat(term.get("taxonomy_detail").get("id")).isEqualTo(filed.get("taxonomy_id"));
      }
    }
    for (JsonNode term : terms) {
      assertThat(taxonomyIds).contains(term.get("taxonomy_id").asString());
      if (term.has("parent_id")) {
        JsonNode parent = termsById.get(term.get("parent_id").asString());
        assertThat(parent).as("parent of " + term.get("code")).isNotNull();
        assertThat(parent.get("taxonomy_id")).isEqualTo(term.get("taxonomy_id"));
      }
    }
  }

  @Test
  void everyLocationBelongsToAnOrganisationInTheFile() {
    Set<String> organisations =
        services.stream()
            .map(s -> s.get("organization").get("id").asString())
            .collect(Collectors.toSet());
    assertThat(services)
        .allMatch(s -> s.get("organization_id").equals(s.get("organization").get("id")));
    assertThat(locations())
        .extracting(l -> l.get("organization_id").asString())
        .allMatch(organisations::contains);
  }

  @Test
  void everyServiceIsClassifiedByOrganisationTypeAndReferralRoute() {
    for (JsonNode service : services) {
      Set<String> taxonomyNames =
          terms(service).stream()
              .map(t -> t.get("taxonomy").asString())
              .collect(Collectors.toSet());
      assertThat(taxonomyNames)
          .as(service.get("name").asString())
          .contains("Alliance needs", "Organisation type", "Referral route");
    }
    assertThat(terms)
        .extracting(t -> t.get("taxonomy").asString())
        .contains(
            "Alliance needs",
            "HAS tiers",
            "Treatment modalities",
            "Organisation type",
            "Referral route");
  }

  @Test
  void anIdIsOneRecordWhereverItAppears() {
    // Nested copies (an organisation repeated in each of its services) must be the same record.
    Map<String, JsonNode> seen = new HashMap<>();
    Map<String, String> kindOf = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (JsonNode service : services) {
      walk(
          "service",
          service,
          (kind, node) -> {
            String id = node.get("id").asString();
            JsonNode before = seen.putIfAbsent(id, node);
            String beforeKind = kindOf.putIfAbsent(id, kind);
            if (before != null && (!before.equals(node) || !beforeKind.equals(kind))) {
              clashes.add(kind + " " + id);
            }
          });
    }
    Set<String> fileIds = new HashSet<>();
    for (JsonNode node : concat(taxonomies, terms)) {
      assertThat(fileIds.add(node.get("id").asString()))
          .as("duplicate id " + node.get("id"))
          .isTrue();
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void everyLocationsPostcodeIsInThePostcodeFileAndItsPositionNearIt() {
    Map<String, Coordinates> postcodes = DemoDirectory.livePostcodes();
    for (JsonNode location : locations()) {
      JsonNode address = location.get("addresses").get(0);
      String postcode = address.get("postal_code").asString();
      assertThat(postcodes).as(location.get("name").asString()).containsKey(postcode);
      Coordinates here =
          new Coordinates(
              location.get("latitude").asDouble(), location.get("longitude").asDouble());
      assertThat(here.distanceMilesTo(postcodes.get(postcode)))
          .as(location.get("name").asString())
          .isLessThan(0.1);
      assertThat(address.get("country").asString()).isEqualTo("GB");
      assertThat(address.get("state_province").asString()).isEqualTo("Brackenshire");
    }
    assertThat(DemoDirectory.onspdRows()).hasSizeGreaterThan(200 + locations().size() / 2);
  }

  @Test
  void everyPhoneEmailWebsiteAndPostcodeIsFictional() {
    Pattern dramaNumber = Pattern.compile("01632 960\\d{3}|0808 157 0\\d{3}");
    List<String> numbers = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (JsonNode service : services) {
      service.findValues("number").forEach(n -> numbers.add(n.asString()));
      service.findValues("email").forEach(n -> emails.add(n.asString()));
      service.findValues("assurer_email").forEach(n -> emails.add(n.asString()));
      service.findValues("url").forEach(n -> urls.add(n.asString()));
      service.findValues("website").forEach(n -> urls.add(n.asString()));
    }
    assertThat(numbers).allMatch(n -> dramaNumber.matcher(n).matches(), "an Ofcom drama number");
    assertThat(emails).allMatch(e -> e.endsWith(".example.org"), "at a reserved example domain");
    assertThat(urls)
        .allMatch(
            u -> u.matches("https://[a-z0-9.-]+\\.example(/.*)?"), "at a reserved example domain");
    assertThat(DemoDirectory.onspdRows())
        .allMatch(r -> r.get("pcds").startsWith("BK"), "in the invented BK area");
  }

  @Test
  void organisationsCarryTheirCharityAndCompanyNumbers() {
    Map<String, Set<String>> schemes = new HashMap<>();
    for (JsonNode service : services) {
      JsonNode organization = service.get("organization");
      for (JsonNode identifier : organization.get("organization_identifiers")) {
        schemes
            .computeIfAbsent(organization.get("name").asString(), k -> new HashSet<>())
            .add(
                identifier.get("identifier_scheme").asString()
                    + ":"
                    + identifier.get("identifier").asString());
      }
    }
    assertThat(schemes.get("Brackenshire Recovery Partnership"))
        .containsExactlyInAnyOrder("GB-CHC:1190457", "GB-COH:11934820");
    assertThat(schemes.get("Harbour Housing")).containsExactly("GB-COH:09846213");
    assertThat(schemes.values().stream().flatMap(Set::stream))
        .allMatch(s -> s.matches("GB-CHC:\\d{6,7}|GB-COH:\\d{8}"));
  }

  @Test
  void severalEntriesAreOverdueForTheirSixMonthlyCheck() {
    LocalDate sixMonthsAgo = DEMO_TODAY.minusMonths(6);
    List<String> overdue =
        services.stream()
            .filter(s -> LocalDate.parse(s.get("assured_date").asString()).isBefore(sixMonthsAgo))
            .map(s -> s.get("name").asString())
            .toList();
    assertThat(overdue)
        .hasSizeGreaterThanOrEqualTo(3)
        .contains(
            "Community Alcohol Detox", "Brackenford Needle Exchange", "Probation Link Worker");
    assertThat(services)
        .filteredOn(
            s ->
                LocalDate.parse(s.get("assured_date").asString())
                    .isAfter(DEMO_TODAY.minusMonths(1)))
        .hasSizeGreaterThan(10);
    assertThat(services)
        .allMatch(s -> !LocalDate.parse(s.get("assured_date").asString()).isAfter(DEMO_TODAY));
  }

  @Test
  void gapNoTier4ForUnder18sInWestBrackenshire() {
    Predicate<JsonNode> tier4ForUnder18s = s -> hasTerm(s, "tier-4") && minAge(s) < 18;
    assertThat(services).filteredOn(tier4ForUnder18s.and(s -> covers(s, WEST))).isEmpty();
    assertThat(services)
        .filteredOn(tier4ForUnder18s.and(s -> covers(s, BRACKENFORD)))
        .extracting(s -> s.get("name").asString())
        .containsExactly("Beechwood Adolescent Inpatient Unit");
  }

  @Test
  void gapNoDrugOrAlcoholServiceForYoungAdultsInWestBrackenshire() {
    // A young adults' service: its upper age is somewhere from 18 to 25.
    Predicate<JsonNode> youngAdults =
        s ->
            isDrugOrAlcohol(s)
                && s.has("maximum_age")
                && s.get("maximum_age").asInt() >= 18
                && s.get("maximum_age").asInt() <= 25;
    assertThat(services).filteredOn(youngAdults.and(s -> covers(s, WEST))).isEmpty();
    assertThat(services)
        .filteredOn(youngAdults.and(s -> covers(s, BRACKENFORD)))
        .extracting(s -> s.get("name").asString())
        .containsExactlyInAnyOrder(
            "Young Adults Recovery Group (18 to 25)",
            "Open Road Young People's Drug and Alcohol Service");
  }

  @Test
  void overlapThreeTier2AlcoholBriefAdviceServicesForAdultsInBrackenford() {
    assertThat(services)
        .filteredOn(
            s ->
                active(s)
                    && hasTerm(s, "tier-2")
                    && hasTerm(s, "alcohol-brief-advice")
                    && covers(s, BRACKENFORD)
                    && minAge(s) >= 18)
        .extracting(s -> s.get("name").asString())
        .containsExactlyInAnyOrder(
            "Alcohol Advice Drop-in",
            "Hospital Alcohol Care Team: Brief Advice",
            "Drink Less, Live More");
  }

  @Test
  void likelyDuplicatesShareAPhoneNumberAndAPostcodeAcrossOrganisations() {
    // The simplest duplicate check an editor's report could make: same phone and same postcode,
    // entered by different organisations.
    Map<String, List<JsonNode>> byPhoneAndPostcode =
        services.stream()
            .filter(s -> s.get("service_at_locations").size() > 0)
            .collect(
                Collectors.groupingBy(
                    s ->
                        s.get("phones").get(0).get("number").asString()
                            + " "
                            + s.get("service_at_locations")
                                .get(0)
                                .get("location")
                                .get("addresses")
                                .get(0)
                                .get("postal_code")
                                .asString()));
    List<Set<String>> duplicates =
        byPhoneAndPostcode.values().stream()
            .filter(
                group ->
                    group.stream().map(s -> s.get("organization_id").asString()).distinct().count()
                        > 1)
            .map(
                group ->
                    group.stream().map(s -> s.get("name").asString()).collect(Collectors.toSet()))
            .toList();
    assertThat(duplicates)
        .containsExactlyInAnyOrder(
            Set.of(
                "Brackenford Needle Exchange",
                "Needle & Syringe Programme - Fleet Street Pharmacy"),
            Set.of("Alcoholics Anonymous: Tuesday Group", "AA Brackenford Central Meeting"),
            Set.of("Tenancy Sustainment Service", "Tenancy Support Service (Harbour)"));
  }

  @Test
  void theRefugeIsListedAsAHiddenLocation() {
    List<String> hidden =
        DemoDirectory.text("hidden-locations.txt")
            .lines()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.split("\\s+")[0])
            .toList();
    Map<String, JsonNode> locations = byId(locations());
    assertThat(hidden).hasSize(1);
    JsonNode refuge = locations.get(hidden.get(0));
    assertThat(refuge).isNotNull();
    assertThat(refuge.get("name").asString()).contains("Refuge");
    assertThat(refuge.get("description").asString()).contains("HIDDEN ADDRESS");
  }

  @Test
  void capacitiesFollowHsds31() {
    List<JsonNode> capacities =
        services.stream()
            .flatMap(s -> StreamSupport.stream(s.path("capacities").spliterator(), false))
            .toList();
    assertThat(capacities).hasSizeGreaterThanOrEqualTo(5);
    assertThat(capacities)
        .extracting(c -> c.get("unit").get("name").asString())
        .contains("beds", "places");
    for (JsonNode capacity : capacities) {
      assertThat(capacity.get("available").asDouble())
          .isBetween(0.0, capacity.get("maximum").asDouble());
      assertThat(capacity.get("unit").get("id").asString()).matches("[0-9a-f-]{36}");
      assertThat(OffsetDateTime.parse(capacity.get("updated").asString()))
          .isBefore(DEMO_TODAY.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    // A unit is one record everywhere it is used.
    Map<String, Set<String>> unitIds =
        capacities.stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.get("unit").get("name").asString(),
                    Collectors.mapping(
                        c -> c.get("unit").get("id").asString(), Collectors.toSet())));
    assertThat(unitIds.values()).allMatch(ids -> ids.size() == 1);
  }

  // ------------------------------------------------------------------ helpers

  private List<JsonNode> locations() {
    Map<String, JsonNode> unique = new HashMap<>();
    services.forEach(
        s ->
            s.get("service_at_locations")
                .forEach(
                    sal ->
                        unique.putIfAbsent(
                            sal.get("location").get("id").asString(), sal.get("location"))));
    return List.copyOf(unique.values());
  }

  private static List<JsonNode> terms(JsonNode service) {
    return StreamSupport.stream(service.get("attributes").spliterator(), false)
        .map(a -> a.get("taxonomy_term"))
        .toList();
  }

  private static boolean hasTerm(JsonNode service, String code) {
    return terms(service).stream().anyMatch(t -> t.get("code").asString().equals(code));
  }

  private static boolean isDrugOrAlcohol(JsonNode service) {
    return terms(service).stream()
        .map(t -> t.get("code").asString())
        .anyMatch(c -> c.startsWith("drugs") || c.startsWith("alcohol"));
  }

  private static boolean covers(JsonNode service, String area) {
    return StreamSupport.stream(service.get("service_areas").spliterator(), false)
        .map(a -> a.get("name").asString())
        .anyMatch(name -> name.equals(area) || name.equals(ALL));
  }

  private static int minAge(JsonNode service) {
    return service.has("minimum_age") ? service.get("minimum_age").asInt() : 0;
  }

  private static boolean active(JsonNode service) {
    return service.get("status").asString().equals("active");
  }

  private static Map<String, JsonNode> byId(List<JsonNode> nodes) {
    return nodes.stream().collect(Collectors.toMap(n -> n.get("id").asString(), n -> n));
  }

  private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
    List<JsonNode> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Calls back for every object with an id, with the name of the field it hangs from. */
  private static void walk(String kind, JsonNode node, BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      if (node.has("id") && node.get("id").isString()) {
        visit.accept(kind, node);
      }
      node.properties().forEach(e -> walk(e.getKey(), e.getValue(), visit));
    } else if (node.isArray()) {
      node.forEach(child -> walk(kind, child, visit));
    }
  }
}
