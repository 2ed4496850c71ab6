package org.alliance.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The searches the benchmark makes: words someone would type, a BK postcode and an age, within five
 * miles, the same for the HTTP clients and for the bare SQL so that the two compare.
 */
final class SearchMix {

  /**
   * The Open Referral UK search API: words, a postcode with a five-mile radius (proximity is in
   * metres) and the profile's age filter. The public page,
   * /find-support?q=%s&postcode=%s&distance=5&age=%d, uses the same index but also renders HTML and
   * keeps a session per visitor.
   */
  static final String URL_TEMPLATE =
      "/openreferral/services?search=%s&postcode=%s&proximity=8047&minimum_age=%d&page=1&per_page=10";

  /** Present in every answered search; a refused one is a 400 problem instead. */
  static final String ANSWERED = "\"total_items\"";

  static final double RADIUS_MILES = 5;
  static final double RADIUS_METRES =
      RADIUS_MILES * org.alliance.directory.Coordinates.METRES_PER_MILE;

  /** One search: the words, where from, and the age of the person it is for. */
  record Query(String words, String postcode, int age) {

    String path() {
      return URL_TEMPLATE.formatted(encode(words), encode(postcode), age);
    }

    /** The postcode as the table keeps it: upper case without the space. */
    String postcodeKey() {
      return postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Any of the words, as the index's query (each word a SHOULD clause) takes them. */
    String anyOfTheWords() {
      return String.join(" or ", words.split("\\s+"));
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }

  private SearchMix() {}

  /** {@code count} searches from a seed: teenagers to pensioners, from anywhere in the area. */
  static List<Query> queries(long seed, int count) {
    List<BkPostcodes.Postcode> postcodes = BkPostcodes.live();
    SplittableRandom random = new SplittableRandom(seed);
    List<Query> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      queries.add(
          new Query(
              Vocabulary.pick(random, Vocabulary.SEARCHES),
              Vocabulary.pick(random, postcodes).display(),
              14 + random.nextInt(57)));
    }
    return queries;
  }
}
