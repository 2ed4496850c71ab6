package org.alliance.support.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading definition files and scoring answers, without the database: the checks an import makes
 * (each problem with its JSON pointer) and the scoring rules a definition can ask for.
 */
class MeasureFileTests {

  /** A small definition: two numeric items (one reversed), a yes/no, a choice, three scores. */
  static final String SMALL =
      """
      {
        "format": "alliance-measure/1",
        "code": "ZQTEST",
        "name": "Zq test measure",
        "version": "1",
        "licence": "Made up for a test.",
        "scales": [
          {"code": "r", "kind": "number", "minimum": 0, "maximum": 4},
          {"code": "yn", "kind": "yes-no"},
          {"code": "c", "kind": "choice", "choices": [
            {"code": "low", "label": "Low", "value": 1},
            {"code": "high", "label": "High", "value": 3}]}
        ],
        "items": [
          {"code": "A", "text": "Item A", "scale": "r", "better": "higher"},
          {"code": "B", "text": "Item B", "scale": "r", "better": "lower", "reverse": true},
          {"code": "C", "text": "Item C", "scale": "yn", "better": "lower"},
          {"code": "D", "text": "Item D", "scale": "c", "better": "higher"}
        ],
        "scores": [
          {"code": "sum", "name": "Sum", "items": ["A", "B"]},
          {"code": "lenient", "name": "Lenient", "items": ["A", "B", "D"], "missingAllowed": 1, "decimals": 1},
          {"code": "table", "name": "Table", "items": ["A", "B"], "conversion": [
            {"raw": 0, "score": 10}, {"raw": 1, "score": 11}, {"raw": 2, "score": 12},
            {"raw": 3, "score": 13.5}, {"raw": 4, "score": 14}, {"raw": 5, "score": 15},
            {"raw": 6, "score": 16}, {"raw": 7, "score": 17}, {"raw": 8, "score": 18}]}
        ]
      }
      """;

  static MeasureFile.Read read(String json) {
    return MeasureFile.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> answers(Object... pairs) {
    Map<String, Object> answers = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      answers.put((String) pairs[i], pairs[i + 1]);
    }
    return answers;
  }

  @Test
  void sumsItemsReversingThoseMarkedReversed() {
    MeasureDefinition definition = read(SMALL).definition();
    // A = 3, B = 1 reversed on 0..4 counts 3: sum 6.
    Map<String, BigDecimal> scores =
        Scoring.scores(definition, answers("A", new BigDecimal("3"), "B", new BigDecimal("1")));
    assertThat(scores.get("sum")).isEqualByComparingTo("6");
  }

  @Test
  void looksTheRawSumUpInTheConversionTable() {
    MeasureDefinition definition = read(SMALL).definition();
    Map<String, BigDecimal> scores =
        Scoring.scores(definition, answers("A", new BigDecimal("2"), "B", new BigDecimal("3")));
    // 2 + (4 - 3) = 3, which the table reports as 13.5.
    assertThat(scores.get("table")).isEqualByComparingTo("13.5");
  }

  @Test
  void noScoreUnlessEveryItemIsAnsweredUnlessTheDefinitionAllowsSomeMissing() {
    MeasureDefinition definition = read(SMALL).definition();
    Map<String, BigDecimal> scores =
        Scoring.scores(definition, answers("A", new BigDecimal("4"), "D", "high"));
    assertThat(scores.get("sum")).as("B is missing").isNull();
    assertThat(scores.get("table")).isNull();
    // Lenient allows one missing of three: (4 + 3) prorated to three items = 10.5.
    assertThat(scores.get("lenient")).isEqualByComparingTo("10.5");
    Map<String, BigDecimal> twoMissing =
        Scoring.scores(definition, answers("A", new BigDecimal("4")));
    assertThat(twoMissing.get("lenient")).isNull();
  }

  @Test
  void yesIsOneNoIsZeroAndAChoiceCountsItsValue() {
    MeasureDefinition definition = read(SMALL).definition();
    MeasureDefinition.Scale yesNo = definition.scaleOf(definition.item("C").orElseThrow());
    MeasureDefinition.Scale choice = definition.scaleOf(definition.item("D").orElseThrow());
    assertThat(Scoring.value(yesNo, "yes")).isEqualByComparingTo("1");
    assertThat(Scoring.value(yesNo, "no")).isEqualByComparingTo("0");
    assertThat(Scoring.value(choice, "high")).isEqualByComparingTo("3");
    assertThat(Scoring.value(choice, null)).isNull();
  }

  @Test
  void theShippedDefinitionsRead() throws Exception {
    for (String file :
        java.util.List.of(
            "measures/top.json", "measures/ypor.json", "demo/measures/recovery-capital.json")) {
      byte[] bytes = getClass().getClassLoader().getResourceAsStream(file).readAllBytes();
      MeasureFile.Read read = MeasureFile.read(bytes);
      assertThat(read.problems()).as(file).isEmpty();
    }
    MeasureDefinition top =
        MeasureFile.read(
                getClass().getClassLoader().getResourceAsStream("measures/top.json").readAllBytes())
            .definition();
    assertThat(top.item("ALCUSE").orElseThrow().ndtms()).isEqualTo("ALCUSE");
    assertThat(top.item("TOBUSE").orElseThrow().unconfirmed()).isTrue();
    assertThat(top.lookBack().days()).isEqualTo(28);
  }

  @Test
  void aFileTheSchemaRefusesIsReportedWithPointers() {
    MeasureFile.Read read =
        read(
            """
            {"format": "alliance-measure/1", "code": "9bad", "name": "", "version": "1",
             "licence": "x", "scales": [], "items": [{"code": "A", "scale": "r"}], "colour": "red"}
            """);
    assertThat(read.ok()).isFalse();
    assertThat(read.problems().stream().map(MeasureProblem::pointer))
        .contains("/code", "/name", "/scales", "/items/0/text");
    assertThat(read.problems().toString()).contains("colour");
  }

  @Test
  void itemCodesUsedTwiceAndUnknownScalesAreRefused() {
    String twice =
        SMALL.replace(
            "{\"code\": \"B\", \"text\": \"Item B\", \"scale\": \"r\"",
            "{\"code\": \"A\", \"text\": \"Item B\", \"scale\": \"nosuch\"");
    MeasureFile.Read read = read(twice);
    assertThat(read.problems())
        .extracting(MeasureProblem::toString)
        .contains(
            "/items/1/code: the item code \"A\" is used twice (first at /items/0)",
            "/items/1/scale: no scale has the code \"nosuch\"");
  }

  @Test
  void onlyYesOrNoItemsMayShareAnNdtmsItem() {
    String shared =
        SMALL
            .replace(
                "\"scale\": \"r\", \"better\": \"higher\"}",
                "\"scale\": \"r\", \"better\": \"higher\", \"ndtms\": \"ZQONE\"}")
            .replace(
                "\"scale\": \"yn\", \"better\": \"lower\"}",
                "\"scale\": \"yn\", \"better\": \"lower\", \"ndtms\": \"ZQONE\"}");
    assertThat(read(shared).problems())
        .extracting(MeasureProblem::toString)
        .containsExactly(
            "/items/0/ndtms: only yes-or-no items may share an NDTMS item (\"ZQONE\"), so the"
                + " return can combine them");
  }

  @Test
  void hugeNumbersAreRefusedNotOverflowed() {
    MeasureFile.Read read = read(SMALL.replace("\"maximum\": 4}", "\"maximum\": 1e400}"));
    assertThat(read.ok()).isFalse();
    assertThat(read.problems()).extracting(MeasureProblem::pointer).contains("/scales/0/maximum");
    MeasureFile.Read weeks =
        read(
            SMALL.replace(
                "\"licence\": \"Made up for a test.\",",
                "\"licence\": \"Made up for a test.\", \"due\": {\"reviewEveryWeeks\": 99999999999999999999},"));
    assertThat(weeks.problems())
        .extracting(MeasureProblem::pointer)
        .contains("/due/reviewEveryWeeks");
  }

  @Test
  void nulBytesAndControlCharactersAreRefused() {
    MeasureFile.Read read = read(SMALL.replace("Item A", "Item\\u0000A"));
    assertThat(read.problems())
        .extracting(MeasureProblem::toString)
        .contains("/items/0/text: contains a control character (such as a NUL byte)");
    MeasureFile.Read raw =
        MeasureFile.read(SMALL.replace("Item A", "Item\u0000A").getBytes(StandardCharsets.UTF_8));
    assertThat(raw.ok()).isFalse();
  }

  @Test
  void notJsonRepeatedKeysAndTrailingContentAreRefused() {
    assertThat(read("{\"code\": ").problems().get(0).message()).startsWith("not JSON:");
    assertThat(read("{\"code\": \"A\", \"code\": \"B\"}").problems().get(0).message())
        .startsWith("not JSON:")
        .contains("code");
    assertThat(read(SMALL + " {}").problems().get(0).message()).startsWith("not JSON:");
    assertThat(read("[]").problems().get(0).message()).contains("one JSON object");
  }

  @Test
  void aConversionTableMustCoverEveryRawScore() {
    MeasureFile.Read read = read(SMALL.replace("{\"raw\": 3, \"score\": 13.5}, ", ""));
    assertThat(read.problems())
        .extracting(MeasureProblem::toString)
        .contains(
            "/scores/2/conversion: no row for the raw score 3 (the items add up to any whole number from 0 to 8)");
  }

  @Test
  void aChoiceWithoutValuesCannotBeScored() {
    MeasureFile.Read read = read(SMALL.replace(", \"value\": 1}", "}"));
    assertThat(read.problems())
        .extracting(MeasureProblem::pointer)
        .contains("/items/3/better", "/scores/1/items/2");
  }
}
