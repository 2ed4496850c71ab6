package org.alliance.directory.duplicates;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Whether two records look like one service, and why: names that read alike (Jaro-Winkler over
 * their sorted words, so "Drug and Alcohol Service, Stroud" and "Stroud drug & alcohol service"
 * match) and the contact points they share. Normalising is done once here, for every source.
 */
final class Resemblance {

  /** Names this alike are a pair on their own. */
  static final double ALIKE = 0.93;

  /** Names this alike are a pair with one shared contact point or the same organisation. */
  static final double SIMILAR = 0.82;

  /** Names this alike are a pair with two shared contact points. */
  static final double RELATED = 0.6;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private static final Set<String> FILLER =
      Set.of("the", "and", "of", "for", "in", "at", "a", "an", "to", "with", "ltd", "limited");

  private Resemblance() {}

  /** What a pair has in common, or null when it is not a likely pair. */
  static Likeness of(MatchRecord a, MatchRecord b) {
    double names = similarity(a.nameWords(), b.nameWords());
    if (names < RELATED) {
      return null;
    }
    List<String> reasons = new ArrayList<>();
    if (shares(a.phones(), b.phones())) {
      reasons.add("same phone number");
    }
    if (shares(a.websites(), b.websites())) {
      reasons.add("same website");
    }
    if (shares(a.emails(), b.emails())) {
      reasons.add("same email");
    }
    if (shares(a.postcodes(), b.postcodes())) {
      reasons.add("same postcode");
    }
    boolean sameOrganisation =
        !a.organisationWords().isEmpty()
            && similarity(a.organisationWords(), b.organisationWords()) >= ALIKE;
    if (sameOrganisation) {
      reasons.add("same organisation");
    }
    boolean likely =
        names >= ALIKE
            || (names >= SIMILAR && !reasons.isEmpty())
            || (names >= RELATED && reasons.size() - (sameOrganisation ? 1 : 0) >= 2);
    if (!likely) {
      return null;
    }
    reasons.add(0, "names " + Math.round(names * 100) + "% alike");
    double score = Math.min(1.0, 0.7 * names + 0.1 * (reasons.size() - 1));
    return new Likeness(Math.round(score * 1000) / 1000.0, List.copyOf(reasons));
  }

  /** A pair's score (0 to 1) and its reasons in words. */
  record Likeness(double score, List<String> reasons) {}

  static double similarity(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return a.equals(b) ? 1.0 : JARO_WINKLER.apply(a, b);
  }

  private static boolean shares(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (String value : a) {
      if (b.contains(value)) {
        return true;
      }
    }
    return false;
  }

  /** A name's words: lower case, letters and digits only, no filler words, sorted, one space. */
  static String words(String name) {
    if (name == null) {
      return "";
    }
    TreeSet<String> words = new TreeSet<>();
    for (String word :
        name.toLowerCase(Locale.ROOT).replace("&", " and ").split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !FILLER.contains(word)) {
        words.add(word);
      }
    }
    return String.join(" ", words);
  }

  /** Words of a name worth grouping records by: not filler, at least three letters. */
  static List<String> keyWords(String words) {
    return Arrays.stream(words.split(" ")).filter(word -> word.length() >= 3).toList();
  }

  /** A phone number's digits, UK numbers always from their leading 0; null when too short. */
  static String phone(String number) {
    if (number == null) {
      return null;
    }
    String digits = number.replaceAll("[^0-9]", "");
    if (digits.startsWith("44") && digits.length() >= 12) {
      digits = "0" + digits.substring(2);
    }
    return digits.length() >= 6 ? digits : null;
  }

  /** A website as host and path, without scheme, "www." or a closing slash; null when unusable. */
  static String website(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(url.trim());
      String host = uri.getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
      return host + path.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  static String email(String email) {
    return email == null || !email.contains("@") ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  static String postcode(String postcode) {
    if (postcode == null) {
      return null;
    }
    String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return compact.length() >= 5 ? compact : null;
  }
}
