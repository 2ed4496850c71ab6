package org.alliance.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The searches the benchmark makes: words someone would type, a BK postcode and an age, within
 * five miles, the same for the HTTP clients and for the bare SQL so that the two compare.
 */
final class SearchMix {

  /**
   * The public search page, which uses the same index as the Open Referral API. When
   * {@code GET /openreferral/services} exists, switch with this one line (proximity is in metres,
   * 8047 m is five miles) and {@link #ANSWERED} below:
   * {@code "/openreferral/services?search=%s&postcode=%s&proximity=8047&minimum_age=%d&page=1&per_page=10"}.
   */
  static final String URL_TEMPLATE = "/find-support?q=%s&postcode=%s&distance=5&age=%d";

  /**
   * Present in every page that ran the search, absent from one that refused the form (an unknown
   * postcode, say) with a 200; for the JSON API it would be {@code "total_items"}.
   */
  static final String ANSWERED = "id=\"results-heading\"";

  static final double RADIUS_MILES = 5;
  static final double RADIUS_METRES = RADIUS_MILES * 1609.344;

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
      queries.add(new Query(Vocabulary.pick(random, Vocabulary.SEARCHES), Vocabulary.pick(random, postcodes).display(),
          14 + random.nextInt(57)));
    }
    return queries;
  }
}
