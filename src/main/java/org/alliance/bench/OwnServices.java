package org.alliance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Alliance's own entries for the duplicate-matching benchmark: services with names as distinct as a
 * real directory's ("Kelbridge Women's Alcohol Drop-in"), each with its own phone number and some
 * with a website; and, for the first few, the record another publisher would give for the same
 * service, written their way (words reordered, "&amp;" for "and", a word dropped, a typing slip,
 * the phone in international form). The matcher should find those and little else.
 */
final class OwnServices {

  private static final List<String> TOWNS =
      List.of(
          "Kelbridge",
          "Ashcombe",
          "Brackenford",
          "Westmere",
          "Larkfield",
          "Harrowgate",
          "Millbrook",
          "Stonebury",
          "Fairhaven",
          "Oakhurst",
          "Eastleigh",
          "Northam",
          "Redwick",
          "Thornbury",
          "Elmstead",
          "Wrenfield",
          "Coldharbour",
          "Marshwood",
          "Kelston",
          "Hollybank",
          "Greyfriars",
          "Sandmoor",
          "Broadwater",
          "Ferncombe",
          "Highcliffe",
          "Lowestead",
          "Penbury",
          "Rookwood",
          "Saltash Vale",
          "Underhill",
          "Whitford",
          "Yarrowby",
          "Ambleton",
          "Birchmoor",
          "Cresswell",
          "Dunmere",
          "Foxley",
          "Glenridge",
          "Hatherley",
          "Ivybridge Moor");

  private static final List<String> QUALIFIERS =
      List.of(
          "Women's",
          "Men's",
          "Community",
          "Evening",
          "Weekend",
          "Peer-led",
          "Rural",
          "North",
          "South",
          "East",
          "West",
          "Central",
          "Mobile",
          "Integrated",
          "Specialist",
          "Early Help",
          "Street",
          "Online",
          "Hospital",
          "Prison Release",
          "LGBTQ+",
          "Veterans'",
          "Student",
          "Older People's",
          "Asian Women's",
          "Polish",
          "Deaf",
          "Carers'",
          "Dual Diagnosis",
          "Pregnancy",
          "Recovery",
          "Aftercare",
          "Outreach",
          "Day",
          "Night",
          "Family",
          "Youth",
          "Young Adults'",
          "Traveller",
          "Refugee");

  private static final List<String> NOUNS =
      Vocabulary.THEMES.stream().flatMap(theme -> theme.nouns().stream()).distinct().toList();

  private static final int COMBINATIONS =
      TOWNS.size() * QUALIFIERS.size() * NOUNS.size() * Vocabulary.KINDS.size();

  /** A prime that does not divide the number of combinations, so index to name is one to one. */
  private static final long SPREAD = 1_000_003L;

  private static final int PER_ORGANISATION = 20;

  private final long seed;

  OwnServices(long seed) {
    this.seed = seed;
  }

  static int most() {
    return COMBINATIONS;
  }

  static String id(int index) {
    return "bench-own-" + index;
  }

  String name(int index) {
    long code = (index * SPREAD + seed) % COMBINATIONS;
    int town = (int) (code % TOWNS.size());
    code /= TOWNS.size();
    int qualifier = (int) (code % QUALIFIERS.size());
    code /= QUALIFIERS.size();
    int noun = (int) (code % NOUNS.size());
    code /= NOUNS.size();
    int kind = (int) (code % Vocabulary.KINDS.size());
    return TOWNS.get(town)
        + " "
        + QUALIFIERS.get(qualifier)
        + " "
        + NOUNS.get(noun)
        + " "
        + Vocabulary.KINDS.get(kind);
  }

  String organisation(int index) {
    int organisation = index / PER_ORGANISATION;
    return TOWNS.get(organisation % TOWNS.size())
        + " "
        + Vocabulary.ORGANISATION_WORDS.get(
            (organisation / TOWNS.size()) % Vocabulary.ORGANISATION_WORDS.size())
        + " "
        + Vocabulary.ORGANISATION_KINDS.get(
            (organisation / TOWNS.size() / Vocabulary.ORGANISATION_WORDS.size())
                % Vocabulary.ORGANISATION_KINDS.size())
        + " "
        + (organisation + 1);
  }

  /** Every service its own number: 01632 (the drama range) and six digits. */
  static String phone(int index) {
    return "01632 %06d".formatted((index * 7919L) % 1_000_000);
  }

  String website(int index) {
    return index % 3 == 0
        ? "https://%s.org.uk/services/%d"
            .formatted(
                organisation(index).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), index)
        : null;
  }

  /** Writes {@code count} services (and their organisations and phones) straight to the tables. */
  void insert(JdbcTemplate jdbc, int count) {
    List<Object[]> organisations = new ArrayList<>();
    for (int o = 0; o * PER_ORGANISATION < count; o++) {
      organisations.add(
          new Object[] {
            "bench-own-org-" + o, organisation(o * PER_ORGANISATION), "A member of the alliance."
          });
    }
    jdbc.batchUpdate(
        "insert into directory.organization (id, name, description) values (?, ?, ?)",
        organisations,
        1000,
        (statement, row) -> {
          for (int i = 0; i < row.length; i++) {
            statement.setObject(i + 1, row[i]);
          }
        });
    List<Integer> indexes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      indexes.add(i);
    }
    jdbc.batchUpdate(
        """
        insert into directory.service (id, organization_id, name, description, url, status, last_modified)
        values (?, ?, ?, ?, ?, 'active', now())
        """,
        indexes,
        1000,
        (statement, i) -> {
          statement.setString(1, id(i));
          statement.setString(2, "bench-own-org-" + (i / PER_ORGANISATION));
          statement.setString(3, name(i));
          statement.setString(4, "One of Alliance's own entries.");
          statement.setString(5, website(i));
        });
    jdbc.batchUpdate(
        "insert into directory.phone (id, service_id, number) values (?, ?, ?)",
        indexes,
        1000,
        (statement, i) -> {
          statement.setString(1, "bench-own-phone-" + i);
          statement.setString(2, id(i));
          statement.setString(3, phone(i));
        });
  }

  /** The same service as another publisher's feed gives it, with source id {@code repeat-i}. */
  ObjectNode asAnotherPublisher(JsonMapper json, int index) {
    SplittableRandom random = new SplittableRandom(seed ^ (index * 31L));
    String name = name(index);
    switch (random.nextInt(5)) {
      case 0 -> name = name.replace("'s", "s");
      case 1 -> {
        String[] words = name.split(" ");
        name = String.join(" ", List.of(words).subList(1, words.length)) + ", " + words[0];
      }
      case 2 -> name = name.toUpperCase(Locale.ROOT);
      case 3 -> {
        int slip = 3 + random.nextInt(Math.max(1, name.length() - 4));
        name = name.substring(0, slip) + name.substring(slip + 1);
      }
      default -> name = "The " + name;
    }
    ObjectNode service =
        json.createObjectNode()
            .put("id", "repeat-" + index)
            .put("name", name)
            .put("description", "Listed by the county's family information service.")
            .put("status", "active");
    if (random.nextInt(10) < 7) {
      service
          .putArray("phones")
          .addObject()
          .put("id", "repeat-phone-" + index)
          .put("number", "+44 " + phone(index).substring(1));
    }
    String website = website(index);
    if (website != null) {
      service.put("url", website);
    }
    service
        .putObject("organization")
        .put("id", "repeat-org-" + (index / PER_ORGANISATION))
        .put("name", organisation(index))
        .put("description", "As the family information service lists it.");
    return service;
  }
}
