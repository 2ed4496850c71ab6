package org.alliance.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.directory.search.SearchQuery;
import org.alliance.directory.search.SearchResults;
import org.alliance.directory.search.Understood;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * How well search meets people where they are, measured: a judged set of searches as people type
 * them, each with the services a practitioner would expect first, run as typed (the search as it
 * was) and as read (vocabulary and spelling), counting the searches whose expected service is in
 * the top three. The judged set for the demo directory is {@code directory/judged-searches.csv}.
 */
@Component
public class SearchQuality {

  /** The judged set kept with the code, for the demo directory. */
  public static final String DEMO_SET = "/directory/judged-searches.csv";

  private static final int TOP = 3;
  private static final int MOST_SEARCHES = 10_000;
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private final DirectoryIndex index;

  SearchQuality(DirectoryIndex index) {
    this.index = index;
  }

  /** A search as someone typed it, and the services any of which should come in the top three. */
  public record Judged(String search, Set<String> expected) {}

  /** What one judged search found, as typed and as read. */
  public record Outcome(
      Judged judged, List<String> topAsTyped, List<String> topAsRead, Understood understood) {

    public boolean metAsTyped() {
      return topAsTyped.stream().anyMatch(judged.expected()::contains);
    }

    public boolean metAsRead() {
      return topAsRead.stream().anyMatch(judged.expected()::contains);
    }
  }

  /** Every judged search's outcome, and the shares met. */
  public record Report(List<Outcome> outcomes) {

    public double shareAsTyped() {
      return share(outcomes.stream().filter(Outcome::metAsTyped).count());
    }

    public double shareAsRead() {
      return share(outcomes.stream().filter(Outcome::metAsRead).count());
    }

    private double share(long met) {
      return outcomes.isEmpty() ? 0 : (double) met / outcomes.size();
    }

    /** The report as lines for a terminal: one per search, then the totals. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("as typed  as read   search -> first result as read");
      for (Outcome outcome : outcomes) {
        lines.add(
            "%-9s %-9s %s -> %s"
                .formatted(
                    outcome.metAsTyped() ? "top 3" : "missed",
                    outcome.metAsRead() ? "top 3" : "missed",
                    outcome.judged().search(),
                    outcome.topAsRead().isEmpty() ? "(nothing)" : outcome.topAsRead().get(0)));
      }
      long typed = outcomes.stream().filter(Outcome::metAsTyped).count();
      long read = outcomes.stream().filter(Outcome::metAsRead).count();
      lines.add("");
      lines.add(
          "Expected service in the top three: as typed (before) %d of %d (%.0f%%); as read (after) %d of %d (%.0f%%)"
              .formatted(
                  typed,
                  outcomes.size(),
                  100 * shareAsTyped(),
                  read,
                  outcomes.size(),
                  100 * shareAsRead()));
      return lines;
    }
  }

  /** The judged set kept with the code. */
  public static List<Judged> demoSet() {
    try (InputStream in = SearchQuality.class.getResourceAsStream(DEMO_SET)) {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A judged set in the layout {@code search,expected}, the expected services' names separated by
   * "|".
   *
   * @throws IllegalArgumentException naming the line, when a row is not in that layout
   */
  public static List<Judged> read(Reader csv) throws IOException {
    List<Judged> judged = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(FORMAT).get()) {
      if (!parser.getHeaderNames().containsAll(List.of("search", "expected"))) {
        throw new IllegalArgumentException(
            "Line 1: the first line must name the columns search,expected");
      }
      for (CSVRecord row : parser) {
        if (judged.size() == MOST_SEARCHES) {
          throw new IllegalArgumentException(
              "Line %d: at most %,d searches".formatted(row.getRecordNumber() + 1, MOST_SEARCHES));
        }
        String search = row.isMapped("search") && row.isSet("search") ? row.get("search") : "";
        String expected =
            row.isMapped("expected") && row.isSet("expected") ? row.get("expected") : "";
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(expected.split("\\|"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .forEach(names::add);
        if (search.isBlank() || names.isEmpty()) {
          throw new IllegalArgumentException(
              "Line %d: give a search and at least one expected service"
                  .formatted(row.getRecordNumber() + 1));
        }
        judged.add(new Judged(search.strip(), Set.copyOf(names)));
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException("The file is not readable CSV: " + e.getMessage(), e);
    }
    return judged;
  }

  /**
   * Reads the whole directory into this process's index: a command starts with an empty one, since
   * only the web application keeps its index fresh. Returns how many services it holds.
   */
  public int indexDirectory() {
    return index.rebuild();
  }

  /** Runs every judged search as typed and as read against the index as it stands. */
  public Report measure(List<Judged> judged) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Judged one : judged) {
      SearchResults asTyped = top(one.search(), true);
      SearchResults asRead = top(one.search(), false);
      outcomes.add(new Outcome(one, names(asTyped), names(asRead), asRead.understood()));
    }
    return new Report(outcomes);
  }

  private SearchResults top(String text, boolean asTyped) {
    return index.search(SearchQuery.builder().text(text).asTyped(asTyped).page(1, TOP).build());
  }

  private static List<String> names(SearchResults results) {
    return results.hits().stream().map(SearchResults.Hit::name).toList();
  }
}
