package org.alliance.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.alliance.bench.BkPostcodes.Postcode;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic HSDS 3.0 services for the benchmark, written as an export-style folder (hsds.json,
 * taxonomies.json, taxonomy_terms.json) that {@code DirectoryTransfer.importFrom} reads. Every
 * record depends only on the seed and its own number, so any range of services (a batch) comes out
 * the same whichever way the whole is cut. About twenty services per organization; each
 * organization has one to four sites at BK postcodes, and each service is offered at one or two of
 * them, as a provider's hub hosts several services.
 */
final class HsdsGenerator {

  static final int SERVICES_PER_ORGANIZATION = 20;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LocalDate CHECKED_BEFORE = LocalDate.of(2026, 6, 1);
  private static final List<String[]> HOURS =
      List.of(
          new String[] {"09:00:00", "17:00:00"},
          new String[] {"10:00:00", "16:00:00"},
          new String[] {"08:30:00", "20:00:00"},
          new String[] {"18:00:00", "20:00:00"});
  private static final List<String> DAYS =
      List.of("MO,TU,WE,TH,FR", "MO,WE,FR", "TU,TH", "SA", "MO,TU,WE,TH,FR,SA,SU");

  private final long seed;
  private final int services;
  private final int organizations;
  private final List<Postcode> postcodes = BkPostcodes.live();
  private final DemoTaxonomy taxonomy = DemoTaxonomy.load();

  HsdsGenerator(long seed, int services) {
    this.seed = seed;
    this.services = services;
    this.organizations = Math.max(1, services / SERVICES_PER_ORGANIZATION);
  }

  int organizations() {
    return organizations;
  }

  /** Writes services {@code [from, to)} into {@code folder}, with the demo taxonomies. */
  void write(Path folder, int from, int to) throws IOException {
    Files.createDirectories(folder);
    DemoTaxonomy.copyTo(folder);
    try (OutputStream out = Files.newOutputStream(folder.resolve("hsds.json"));
        SequenceWriter array = JSON.writer().writeValuesAsArray(out)) {
      for (int i = from; i < to; i++) {
        array.write(service(i));
      }
    }
  }

  ObjectNode service(int index) {
    SplittableRandom random = random("service", index);
    Vocabulary.Theme theme = Vocabulary.pick(random, Vocabulary.THEMES);
    int organization = random.nextInt(organizations);
    List<Site> sites = sites(organization);
    Site first = Vocabulary.pick(random, sites);
    String id = id("service", index);
    ObjectNode service =
        JSON.createObjectNode()
            .put("id", id)
            .put("organization_id", id("organization", organization))
            .put(
                "name",
                first.postcode().town()
                    + " "
                    + Vocabulary.pick(random, theme.nouns())
                    + " "
                    + Vocabulary.pick(random, Vocabulary.KINDS))
            .put("description", description(random, theme))
            // A few closed services, so the index's status filter has something to leave out.
            .put("status", random.nextInt(100) < 3 ? "inactive" : "active")
            .put("assured_date", CHECKED_BEFORE.minusDays(random.nextInt(540)).toString());
    ages(random, service);
    service
        .putArray("phones")
        .addObject()
        .put("id", id("phone", index))
        .put("number", "01632 96%04d".formatted(random.nextInt(1000)))
        .put("type", "voice");
    schedule(random, service.putArray("schedules").addObject().put("id", id("schedule", index)));
    ArrayNode places = service.putArray("service_at_locations");
    places.add(serviceAtLocation(id("service_at_location", index), first));
    if (sites.size() > 1 && random.nextBoolean()) {
      Site second = sites.get((sites.indexOf(first) + 1) % sites.size());
      places.add(serviceAtLocation(id("service_at_location2", index), second));
    }
    attributes(random, index, theme, service.putArray("attributes"));
    service.set("organization", organization(organization));
    return service;
  }

  ObjectNode organization(int index) {
    SplittableRandom random = random("organization", index);
    String town = Vocabulary.pick(random, postcodes).town();
    return JSON.createObjectNode()
        .put("id", id("organization", index))
        .put(
            "name",
            town
                + " "
                + Vocabulary.pick(random, Vocabulary.ORGANISATION_WORDS)
                + " "
                + Vocabulary.pick(random, Vocabulary.ORGANISATION_KINDS)
                + " "
                + (index + 1))
        .put("description", "A provider of drug, alcohol and related support in " + town + ".");
  }

  /** The theme's sentence, then two different general ones. */
  private static String description(SplittableRandom random, Vocabulary.Theme theme) {
    int first = random.nextInt(Vocabulary.GENERAL.size());
    int second =
        (first + 1 + random.nextInt(Vocabulary.GENERAL.size() - 1)) % Vocabulary.GENERAL.size();
    return Vocabulary.pick(random, theme.sentences())
        + " "
        + Vocabulary.GENERAL.get(first)
        + " "
        + Vocabulary.GENERAL.get(second);
  }

  /** Adults, young people, young adults or anyone: the age filter has real work to do. */
  private static void ages(SplittableRandom random, ObjectNode service) {
    int band = random.nextInt(20);
    if (band < 10) {
      service.put("minimum_age", 18);
    } else if (band < 13) {
      service.put("minimum_age", 10).put("maximum_age", 18);
    } else if (band < 15) {
      service.put("minimum_age", 16).put("maximum_age", 25);
    }
  }

  private static void schedule(SplittableRandom random, ObjectNode schedule) {
    String[] hours = Vocabulary.pick(random, HOURS);
    schedule
        .put("freq", "WEEKLY")
        .put("wkst", "MO")
        .put("interval", 1)
        .put("byday", Vocabulary.pick(random, DAYS))
        .put("opens_at", hours[0])
        .put("closes_at", hours[1]);
  }

  private void attributes(
      SplittableRandom random, int index, Vocabulary.Theme theme, ArrayNode attributes) {
    attributes
        .addObject()
        .put("id", id("attribute-need", index))
        .put("taxonomy_term_id", taxonomy.need(theme.termCode()));
    if (random.nextBoolean()) {
      attributes
          .addObject()
          .put("id", id("attribute-tier", index))
          .put("taxonomy_term_id", Vocabulary.pick(random, taxonomy.tiers()));
    }
    if (random.nextBoolean()) {
      attributes
          .addObject()
          .put("id", id("attribute-route", index))
          .put("taxonomy_term_id", Vocabulary.pick(random, taxonomy.referralRoutes()));
    }
  }

  private static ObjectNode serviceAtLocation(String id, Site site) {
    ObjectNode place = JSON.createObjectNode().put("id", id);
    ObjectNode location =
        place
            .putObject("location")
            .put("id", site.locationId())
            .put("location_type", "physical")
            .put("name", site.name())
            .put("latitude", site.latitude())
            .put("longitude", site.longitude());
    location
        .putArray("addresses")
        .addObject()
        .put("id", site.addressId())
        .put("address_1", site.street())
        .put("city", site.postcode().town())
        .put("state_province", "Brackenshire")
        .put("postal_code", site.postcode().display())
        .put("country", "GB")
        .put("address_type", "physical");
    return place;
  }

  /**
   * A site near its postcode's centroid (within about 300 m), as a building is near its postcode's
   * middle.
   */
  record Site(
      String locationId,
      String addressId,
      String name,
      String street,
      Postcode postcode,
      double latitude,
      double longitude) {}

  private List<Site> sites(int organization) {
    SplittableRandom random = random("sites", organization);
    List<Site> sites = new ArrayList<>();
    for (int i = 0, count = 1 + random.nextInt(4); i < count; i++) {
      Postcode postcode = Vocabulary.pick(random, postcodes);
      String key = organization + "-" + i;
      sites.add(
          new Site(
              id("location", key),
              id("address", key),
              postcode.town() + " site " + (i + 1),
              (1 + random.nextInt(200)) + " " + Vocabulary.pick(random, Vocabulary.STREETS),
              postcode,
              round(postcode.latitude() + (random.nextDouble() - 0.5) * 0.005),
              round(postcode.longitude() + (random.nextDouble() - 0.5) * 0.008)));
    }
    return sites;
  }

  private SplittableRandom random(String kind, int index) {
    return new SplittableRandom(seed * 31 + kind.hashCode() * 1_000_003L + index);
  }

  /** Name-based (version 3) UUIDs: the same seed and record always give the same id. */
  private String id(String kind, Object key) {
    return UUID.nameUUIDFromBytes(
            ("alliance-bench:" + seed + ":" + kind + ":" + key).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1_000_000d) / 1_000_000d;
  }
}
