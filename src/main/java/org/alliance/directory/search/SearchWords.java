package org.alliance.directory.search;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vocabulary of the words people use, as every search reads it: loaded from {@code
 * directory.search_word} and kept for a few seconds, so an editor's new word reaches every node's
 * searches soon after it is saved, without a query per search.
 */
@Component
public class SearchWords {

  /** One key: the whole vocabulary is small (hundreds of words) and read together. */
  private static final String ALL = "all";

  /** What people type, as kept: one to three words of letters, digits, apostrophes or hyphens. */
  private static final Pattern WORDS =
      Pattern.compile("[\\p{L}\\p{N}'-]+( [\\p{L}\\p{N}'-]+){0,2}");

  private static final int LONGEST_WORDS = 60;
  private static final int LONGEST_MEANING = 80;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final LoadingCache<String, Map<String, SearchWord>> kept;

  SearchWords(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.kept =
        Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(10)).build(key -> load());
  }

  /** Every word, in alphabetical order. */
  public List<SearchWord> all() {
    return jdbc.sql(
            "select id::text, words, means, someone_else from directory.search_word order by words")
        .query(SearchWord.class)
        .list();
  }

  /** A word to add, as an editor typed it. */
  public record Draft(String words, String means, boolean someoneElse) {

    /** The words as kept and searched: lower case, single spaces, nothing around them. */
    public String keptWords() {
      return words == null
          ? ""
          : words.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
    }

    public String keptMeaning() {
      return means == null ? "" : means.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
  }

  /**
   * Adds the word, or says what is wrong with it by field ({@code words}, {@code means}); nothing
   * is added then. The same words twice are refused, since one word has one meaning.
   */
  @Transactional
  public Map<String, String> add(Draft draft, String addedBy) {
    Map<String, String> problems = new LinkedHashMap<>();
    String words = draft.keptWords();
    String means = draft.keptMeaning();
    if (words.isEmpty()) {
      problems.put("words", "Enter the word or words people use");
    } else if (words.length() > LONGEST_WORDS || !WORDS.matcher(words).matches()) {
      problems.put(
          "words",
          "Enter one to three words of letters, numbers, apostrophes or hyphens, 60 characters at"
              + " most");
    } else if (byWordsNow().containsKey(words)) {
      problems.put("words", "\u201c" + words + "\u201d is already in the vocabulary");
    }
    if (means.isEmpty()) {
      problems.put("means", "Enter the directory\u2019s word for it");
    } else if (means.length() > LONGEST_MEANING
        || means.chars().anyMatch(Character::isISOControl)) {
      problems.put("means", "Enter the directory\u2019s word in 80 characters at most");
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    int added =
        jdbc.sql(
                """
                insert into directory.search_word (words, means, someone_else, added_by)
                values (:words, :means, :someoneElse, :by)
                on conflict (words) do nothing
                """)
            .param("words", words)
            .param("means", means)
            .param("someoneElse", draft.someoneElse())
            .param("by", addedBy)
            .update();
    if (added == 0) {
      // Another editor added the same words a moment ago.
      return Map.of("words", "\u201c" + words + "\u201d is already in the vocabulary");
    }
    audit.record(
        AuditEntry.of("directory.search-word.added", "search-word", words)
            .withDetail(
                words + " means " + means + (draft.someoneElse() ? " (someone else)" : "")));
    changed();
    return Map.of();
  }

  /** Removes the word; false when there was no such word (already removed, or never there). */
  @Transactional
  public boolean remove(UUID id) {
    List<String> removed =
        jdbc.sql("delete from directory.search_word where id = ? returning words")
            .param(id)
            .query(String.class)
            .list();
    if (removed.isEmpty()) {
      return false;
    }
    audit.record(AuditEntry.of("directory.search-word.removed", "search-word", removed.get(0)));
    changed();
    return true;
  }

  private Map<String, SearchWord> byWordsNow() {
    Map<String, SearchWord> byWords = new HashMap<>();
    all().forEach(word -> byWords.put(word.words(), word));
    return byWords;
  }

  /** The vocabulary by what people type. */
  Map<String, SearchWord> byWords() {
    return kept.get(ALL);
  }

  /** Read the vocabulary again now: this node's editor has just changed it. */
  public void changed() {
    kept.invalidateAll();
  }

  private Map<String, SearchWord> load() {
    return Map.copyOf(byWordsNow());
  }
}
