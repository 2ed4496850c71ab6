package org.alliance.support.myplan;

import static org.assertj.core.api.Assertions.assertThat;

import eu.crydee.syllablecounter.SyllableCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The fixed text of every "My plan" page (and the page that makes a person's account) reads at
 * about a nine-year-old's reading age: the Flesch-Kincaid grade of all of it together is at most 4
 * (a US grade-4 reader is nine or ten), and no single page of 40 words or more above 5. Fixed text
 * is what the templates say themselves: text in elements Thymeleaf does not replace, and the quoted
 * words inside their expressions. What people wrote is theirs, not ours to score. The score goes in
 * the README; this test prints it.
 */
class ReadingAgeTests {

  static final Path TEMPLATES = Path.of("src/main/resources/templates/support");
  static final double WHOLE_GRADE = 4.0;
  static final double PAGE_GRADE = 5.0;
  static final int SCORED_ALONE = 40;

  private static final Pattern QUOTED = Pattern.compile("'([^'$]{3,})'");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’]*");
  private static final SyllableCounter SYLLABLES = new SyllableCounter();

  /** Words, sentences and syllables of some text. */
  record Counts(int words, int sentences, int syllables) {
    Counts plus(Counts other) {
      return new Counts(
          words + other.words, sentences + other.sentences, syllables + other.syllables);
    }

    double grade() {
      return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }
  }

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(TEMPLATES.resolve("my-plan"))) {
      files.filter(f -> f.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
    pages.add(TEMPLATES.resolve("account/activate.html"));
    return pages;
  }

  /** Each piece of fixed text on a page: every one is a sentence, a heading or a label. */
  static List<String> fixedText(Path template) throws IOException {
    Document page = Jsoup.parse(Files.readString(template));
    List<String> pieces = new ArrayList<>();
    collect(page.body(), pieces);
    return pieces;
  }

  private static void collect(Element element, List<String> pieces) {
    for (String attribute : List.of("th:text", "th:label", "th:value")) {
      String expression = element.attr(attribute);
      Matcher quoted = QUOTED.matcher(expression);
      while (quoted.find()) {
        pieces.add(quoted.group(1).strip());
      }
    }
    boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext");
    for (Node child : element.childNodes()) {
      if (child instanceof Comment) {
        continue;
      }
      if (child instanceof TextNode text && !replaced && !text.isBlank()) {
        pieces.add(text.text().strip());
      } else if (child instanceof Element inner) {
        collect(inner, pieces);
      }
    }
  }

  static Counts count(List<String> pieces) {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    for (String piece : pieces) {
      Matcher word = WORD.matcher(piece);
      int here = 0;
      while (word.find()) {
        here++;
        syllables += SYLLABLES.count(word.group().toLowerCase(Locale.ROOT).replace("’", "'"));
      }
      if (here == 0) {
        continue;
      }
      words += here;
      // A piece is a sentence, or several: one per full stop, question or exclamation mark.
      sentences += Math.max(1, piece.split("[.?!](\\s|$)").length);
    }
    return new Counts(words, sentences, syllables);
  }

  @Test
  void everyMyPlanPageReadsAtAboutANineYearOldsReadingAge() throws IOException {
    Counts whole = new Counts(0, 0, 0);
    StringBuilder report = new StringBuilder();
    java.util.Map<Path, Counts> scored = new java.util.LinkedHashMap<>();
    for (Path page : pages()) {
      Counts counts = count(fixedText(page));
      if (counts.words() == 0) {
        continue;
      }
      scored.put(page, counts);
      whole = whole.plus(counts);
      report.append(
          String.format(
              Locale.ROOT,
              "%-22s grade %5.2f (%d words)%n",
              page.getFileName(),
              counts.grade(),
              counts.words()));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "all pages: Flesch-Kincaid grade %.2f, reading age about %.1f years, %d words%n",
            whole.grade(),
            whole.grade() + 5,
            whole.words()));
    System.out.print(report);
    scored.forEach(
        (page, counts) -> {
          // A fragment of a few words swings with one long word; it counts in the whole.
          if (counts.words() >= SCORED_ALONE) {
            assertThat(counts.grade())
                .as(page + ": Flesch-Kincaid grade")
                .isLessThanOrEqualTo(PAGE_GRADE);
          }
        });
    assertThat(whole.grade()).as("all My plan pages together").isLessThanOrEqualTo(WHOLE_GRADE);
  }

  @Test
  void theScoreItselfIsRightOnKnownText() {
    // A child's book reads low; a legal sentence reads high.
    Counts easy = count(List.of("The cat sat on the mat.", "It was a big red cat.", "We like it."));
    Counts hard =
        count(
            List.of(
                "Notwithstanding the aforementioned provisions, the commissioning authority shall"
                    + " determine the appropriate allocation of resources."));
    assertThat(easy.grade()).isLessThan(1.0);
    assertThat(hard.grade()).isGreaterThan(15.0);
    assertThat(SYLLABLES.count("appointment")).isEqualTo(3);
  }
}
