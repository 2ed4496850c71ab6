package org.alliance.directory.search;

import java.util.List;

/**
 * How a search's words were read: what was searched for, the directory's words it was taken to mean
 * (shown back: "Showing services for cannabis"), whether it names someone else, and the
 * misspellings put right.
 *
 * @param searched the words searched for, with misspellings put right
 * @param means the directory's words the search was taken to mean, once each, in the order they
 *     were typed
 * @param someoneElse the words name someone else ("my son"), so services for families and carers
 *     come up too
 * @param corrections words the directory does not know, read as the nearest word it does
 * @param unknown words the directory does not know and could not put right
 */
public record Understood(
    String searched,
    List<Meaning> means,
    boolean someoneElse,
    List<Correction> corrections,
    List<String> unknown) {

  public Understood {
    means = List.copyOf(means);
    corrections = List.copyOf(corrections);
    unknown = List.copyOf(unknown);
  }

  /** The words exactly as typed: no reading at all (the search as it was before). */
  static Understood asTyped(String text) {
    return new Understood(text == null ? "" : text, List.of(), false, List.of(), List.of());
  }

  /** Whether the page has anything to say about how it read the words. */
  public boolean readAnything() {
    return !means.isEmpty() || !corrections.isEmpty() || someoneElse;
  }

  /**
   * What to tell the person about how their words were read, a sentence each: what was put right,
   * the directory's words searched for, and services for families and carers shown too.
   */
  public List<String> explained() {
    List<String> sentences = new java.util.ArrayList<>();
    for (Correction correction : corrections) {
      sentences.add(
          "We did not recognise \u201c%s\u201d, so we searched for \u201c%s\u201d."
              .formatted(correction.typed(), correction.meant()));
    }
    List<String> forThem = meansForThem();
    if (!forThem.isEmpty()) {
      sentences.add("Showing services for " + inWords(forThem) + ".");
    }
    List<String> forSomeoneElse = meansForSomeoneElse();
    if (!forSomeoneElse.isEmpty()) {
      sentences.add(
          "You mentioned someone else, so services for %s are shown too."
              .formatted(inWords(forSomeoneElse)));
    }
    if (!unknown.isEmpty()) {
      sentences.add(
          "No service mentions %s."
              .formatted(inWords(unknown.stream().map(w -> "\u201c" + w + "\u201d").toList())));
    }
    return sentences;
  }

  /** "a", "a and b", "a, b and c". */
  private static String inWords(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** The directory's words, without those of someone else's words. */
  public List<String> meansForThem() {
    return means.stream().filter(m -> !m.someoneElse()).map(Meaning::words).toList();
  }

  /** What the words naming someone else were taken to mean ("families and carers"). */
  public List<String> meansForSomeoneElse() {
    return means.stream().filter(Meaning::someoneElse).map(Meaning::words).distinct().toList();
  }

  /** The directory's words for some of what was typed, and whether they were for someone else. */
  public record Meaning(String words, boolean someoneElse) {}

  /** A word the directory did not know, and the one it was read as. */
  public record Correction(String typed, String meant) {}
}
