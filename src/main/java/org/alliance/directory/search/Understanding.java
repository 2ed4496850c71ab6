package org.alliance.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.StringDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Reads a search the way a person types it: the words people use mapped to the directory's own (the
 * {@link SearchWords} vocabulary, longest phrase first), misspellings read as the nearest word the
 * directory or the vocabulary knows, and words that name someone else noted. Every search with
 * words goes through here, on the pages and in the API alike.
 */
final class Understanding {

  /** The vocabulary's phrases are at most this many words long. */
  private static final int LONGEST_PHRASE = 3;

  /** At most this many words of a search are read; the rest are ignored, as the index does. */
  private static final int MOST_WORDS = 32;

  /**
   * How alike a word must be to the one it is read as (one minus edits over length): one edit in
   * four letters, two in seven.
   */
  private static final float CLOSE_ENOUGH = 0.7f;

  /**
   * Words shorter than this are never put right: too many short words are one letter from another.
   */
  private static final int SHORTEST_TO_CORRECT = 4;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");

  /** The fields whose words the directory knows, as the index's analyser leaves them. */
  private static final List<String> KNOWN_IN =
      List.of(
          ServiceDocuments.NAME,
          ServiceDocuments.TERM_NAMES,
          ServiceDocuments.DESCRIPTION,
          ServiceDocuments.ORGANIZATION);

  private final Analyzer analyzer;
  private final SearchWords vocabulary;
  private final DirectSpellChecker spelling = new DirectSpellChecker();
  private final StringDistance distance;
  private volatile Stemmed stemmed;

  Understanding(Analyzer analyzer, SearchWords vocabulary) {
    this.analyzer = analyzer;
    this.vocabulary = vocabulary;
    spelling.setAccuracy(CLOSE_ENOUGH);
    spelling.setMinQueryLength(SHORTEST_TO_CORRECT);
    this.distance = spelling.getDistance();
  }

  /** How the text reads against this index. */
  Understood read(String text, IndexReader reader) {
    if (text == null || text.isBlank()) {
      return Understood.asTyped(text);
    }
    Map<String, SearchWord> known = vocabulary.byWords();
    Map<String, SearchWord> knownStems = stems(known);
    List<String> words = words(text);
    List<String> wordStems = words.stream().map(this::stem).toList();
    List<String> searched = new ArrayList<>();
    Set<Understood.Meaning> means = new LinkedHashSet<>();
    List<Understood.Correction> corrections = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    int at = 0;
    while (at < words.size()) {
      int length = Math.min(LONGEST_PHRASE, words.size() - at);
      SearchWord phrase = null;
      for (; length >= 1; length--) {
        phrase = known.get(String.join(" ", words.subList(at, at + length)));
        if (phrase == null) {
          // Another form of the same words: "boozing" for "booze", "drinks" for "drink".
          phrase = knownStems.get(String.join(" ", wordStems.subList(at, at + length)));
        }
        if (phrase != null) {
          break;
        }
      }
      if (phrase != null) {
        searched.addAll(words.subList(at, at + length));
        means.add(new Understood.Meaning(phrase.means(), phrase.someoneElse()));
        at += length;
        continue;
      }
      String word = words.get(at++);
      if (!misspelt(word, reader)) {
        searched.add(word);
        continue;
      }
      Optional<String> nearest = nearest(word, known, reader);
      if (nearest.isEmpty()) {
        unknown.add(word);
        searched.add(word);
        continue;
      }
      corrections.add(new Understood.Correction(word, nearest.get()));
      searched.add(nearest.get());
      SearchWord meant = known.get(nearest.get());
      if (meant != null) {
        means.add(new Understood.Meaning(meant.means(), meant.someoneElse()));
      }
    }
    // "Showing services for alcohol" says nothing to someone who typed "alcohol".
    means.removeIf(m -> !m.someoneElse() && searched.contains(m.words()));
    return new Understood(
        String.join(" ", searched),
        List.copyOf(means),
        means.stream().anyMatch(Understood.Meaning::someoneElse),
        corrections,
        unknown);
  }

  /**
   * The vocabulary by the stems of its words, made again only when the vocabulary changes (it is
   * read afresh every few seconds, as a new map).
   */
  private Map<String, SearchWord> stems(Map<String, SearchWord> known) {
    Stemmed kept = stemmed;
    if (kept != null && kept.from() == known) {
      return kept.byStems();
    }
    Map<String, SearchWord> byStems = new HashMap<>();
    known.values().stream()
        .sorted(Comparator.comparing(SearchWord::words))
        .forEach(
            word ->
                byStems.putIfAbsent(
                    Arrays.stream(word.words().split(" "))
                        .map(this::stem)
                        .collect(Collectors.joining(" ")),
                    word));
    stemmed = new Stemmed(known, Map.copyOf(byStems));
    return stemmed.byStems();
  }

  /** The vocabulary by stems, and the vocabulary it was made from. */
  private record Stemmed(Map<String, SearchWord> from, Map<String, SearchWord> byStems) {}

  /** The word as the index keeps it; a stop word as it is. */
  private String stem(String word) {
    List<String> terms = analysed(word);
    return terms.isEmpty() ? word : terms.get(0);
  }

  /** The words as typed, in lower case, possessives and stray punctuation taken off. */
  static List<String> words(String text) {
    Matcher matcher =
        WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\''));
    List<String> words = new ArrayList<>();
    while (matcher.find() && words.size() < MOST_WORDS) {
      String word = matcher.group().replaceAll("'s$", "").replaceAll("['-]+$", "");
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * A word long enough to put right that is in none of the directory's text: no service's name,
   * needs, organisation or description has it, in any form the index keeps.
   */
  private boolean misspelt(String word, IndexReader reader) {
    if (word.length() < SHORTEST_TO_CORRECT || word.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    List<String> terms = analysed(word);
    if (terms.isEmpty()) {
      return false; // a stop word such as "with"
    }
    try {
      if (reader.docFreq(new Term(ServiceDocuments.SPELLING, word)) > 0) {
        return false;
      }
      for (String field : KNOWN_IN) {
        for (String term : terms) {
          if (reader.docFreq(new Term(field, term)) > 0) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The closest word the vocabulary or the directory's names and needs have, if any is close
   * enough; the vocabulary's wins a tie, since it says what the word means.
   */
  private Optional<String> nearest(String word, Map<String, SearchWord> known, IndexReader reader) {
    String best = null;
    float bestScore = CLOSE_ENOUGH;
    for (String candidate : known.keySet()) {
      if (candidate.indexOf(' ') < 0 && Math.abs(candidate.length() - word.length()) <= 2) {
        float score = distance.getDistance(word, candidate);
        if (score > bestScore || (score == bestScore && best == null)) {
          best = candidate;
          bestScore = score;
        }
      }
    }
    try {
      for (SuggestWord suggestion :
          spelling.suggestSimilar(
              new Term(ServiceDocuments.SPELLING, word),
              3,
              reader,
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
        if (suggestion.score > bestScore) {
          best = suggestion.string;
          bestScore = suggestion.score;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.ofNullable(best);
  }

  private List<String> analysed(String word) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(ServiceDocuments.NAME, word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
