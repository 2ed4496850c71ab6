package org.alliance.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The searches the benchmark makes: words someone would type, alone or with a BK postcode and an
 * age within five miles, ten or fifty results a page; the same for the HTTP clients, the bare index
 * and (for the searches near a postcode) the bare SQL, so that they compare.
 */
final class SearchMix {

  /**
   * The Open Referral UK search API: words, a postcode with a five-mile radius (proximity is in
   * metres) and the profile's age filter. The public page,
   * /find-support?q=%s&postcode=%s&distance=5&age=%d, uses the same index but also renders HTML and
   * keeps a session per visitor.
   */
  static final String URL_TEMPLATE =
      "/openreferral/services?search=%s&postcode=%s&proximity=8047&minimum_age=%d&page=1&per_page=%d";

  /** Words alone: the widest matches, so the most counting and ranking. */
  static final String WORDS_ONLY_TEMPLATE = "/openreferral/services?search=%s&page=1&per_page=%d";

  /** Present in every answered search; a refused one is a 400 problem instead. */
  static final String ANSWERED = "\"total_items\"";

  static final double RADIUS_MILES = 5;
  static final double RADIUS_METRES =
      RADIUS_MILES * org.alliance.directory.Coordinates.METRES_PER_MILE;

  /**
   * One search: the words, and where from and the age of the person it is for (null and 0 for words
   * alone), and how many results a page.
   */
  record Query(String words, String postcode, int age, int perPage) {

    boolean near() {
      return postcode != null;
    }

    /** What the report groups by: "words+postcode+age, 10 a page". */
    String kind() {
      return (near() ? "words+postcode+age" : "words only") + ", " + perPage + " a page";
    }

    String path() {
      return near()
          ? URL_TEMPLATE.formatted(encode(words), encode(postcode), age, perPage)
          : WORDS_ONLY_TEMPLATE.formatted(encode(words), perPage);
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

  /**
   * {@code count} searches from a seed: half near a postcode (teenagers to pensioners, from
   * anywhere in the area), half words alone; one in four asks for fifty results a page.
   */
  static List<Query> queries(long seed, int count) {
    List<BkPostcodes.Postcode> postcodes = BkPostcodes.live();
    SplittableRandom random = new SplittableRandom(seed);
    List<Query> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String words = Vocabulary.pick(random, Vocabulary.SEARCHES);
      String postcode = Vocabulary.pick(random, postcodes).display();
      int age = 14 + random.nextInt(57);
      boolean near = random.nextBoolean();
      int perPage = random.nextInt(4) == 0 ? 50 : 10;
      queries.add(new Query(words, near ? postcode : null, near ? age : 0, perPage));
    }
    return queries;
  }

  /** The kinds in the order the report lists them. */
  static List<String> kinds() {
    List<String> kinds = new ArrayList<>();
    for (boolean near : new boolean[] {true, false}) {
      for (int perPage : new int[] {10, 50}) {
        kinds.add(new Query("x", near ? "BK1 1AA" : null, 0, perPage).kind());
      }
    }
    return kinds;
  }
}
