package org.alliance.support.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliance.directory.Excerpt;
import org.alliance.support.access.SensitivityLabel;
import org.alliance.support.measure.MeasureDefinition.Choice;
import org.alliance.support.measure.MeasureDefinition.Conversion;
import org.alliance.support.measure.MeasureDefinition.Direction;
import org.alliance.support.measure.MeasureDefinition.Due;
import org.alliance.support.measure.MeasureDefinition.Item;
import org.alliance.support.measure.MeasureDefinition.LookBack;
import org.alliance.support.measure.MeasureDefinition.Scale;
import org.alliance.support.measure.MeasureDefinition.Score;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a measure definition file: JSON (no repeated keys, nothing after the document), then the
 * JSON Schema, then what a schema cannot say (codes used twice, a scale or item that does not
 * exist, a conversion table that leaves a raw score out). Every problem is collected with its JSON
 * pointer, so one reading of a bad file names all of them.
 */
public final class MeasureFile {

  /** A definition is a few kilobytes; anything near this is not one. */
  public static final int MAX_BYTES = 1024 * 1024;

  static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // Huge numbers stay exact (1e400 is not infinity) and the schema's bounds refuse them.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /** A file read: the definition and its JSON, or the problems that stop it being imported. */
  public record Read(MeasureDefinition definition, JsonNode json, List<MeasureProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final List<MeasureProblem> problems = new ArrayList<>();

  private MeasureFile() {}

  public static Read read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return refused(
          new MeasureProblem(
              "", "the file is larger than 1 MB; a measure definition is a few kilobytes"));
    }
    JsonNode json;
    try {
      json = JSON.readTree(bytes);
    } catch (StreamReadException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ")";
      return refused(
          new MeasureProblem("", "not JSON: " + cut(firstLine(e.getOriginalMessage())) + where));
    } catch (JacksonException e) {
      return refused(new MeasureProblem("", "not JSON: " + cut(firstLine(e.getOriginalMessage()))));
    }
    if (json == null || json.isMissingNode() || !json.isObject()) {
      return refused(new MeasureProblem("", "the file must hold one JSON object, the measure"));
    }
    MeasureFile file = new MeasureFile();
    file.controlCharacters(json, "");
    file.problems.addAll(MeasureSchema.check(json));
    if (!file.problems.isEmpty()) {
      return new Read(null, json, List.copyOf(file.problems));
    }
    MeasureDefinition definition = file.definition(json);
    return new Read(file.problems.isEmpty() ? definition : null, json, List.copyOf(file.problems));
  }

  private static Read refused(MeasureProblem problem) {
    return new Read(null, null, List.of(problem));
  }

  /** No string holds a NUL or another control character (a line break or tab excepted). */
  private void controlCharacters(JsonNode node, String pointer) {
    if (node.isString()) {
      String text = node.stringValue();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f) {
          problems.add(
              new MeasureProblem(pointer, "contains a control character (such as a NUL byte)"));
          return;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        controlCharacters(node.get(i), pointer + "/" + i);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = field.getKey();
        if (key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
          problems.add(new MeasureProblem(pointer, "a property name contains a control character"));
        }
        controlCharacters(field.getValue(), pointer + "/" + escape(key));
      }
    }
  }

  private MeasureDefinition definition(JsonNode json) {
    List<Scale> scales = scales(json.path("scales"));
    Map<String, Scale> scaleByCode = new HashMap<>();
    scales.forEach(s -> scaleByCode.putIfAbsent(s.code(), s));
    List<Item> items = items(json.path("items"), scaleByCode);
    Map<String, Item> itemByCode = new HashMap<>();
    items.forEach(i -> itemByCode.putIfAbsent(i.code(), i));
    List<Score> scores = scores(json.path("scores"), itemByCode, scaleByCode);
    JsonNode applies = json.path("appliesTo");
    Integer minimumAge = integer(applies.path("minimumAge"));
    Integer maximumAge = integer(applies.path("maximumAge"));
    if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
      problems.add(
          new MeasureProblem("/appliesTo/maximumAge", "the maximum age is below the minimum age"));
    }
    JsonNode due = json.path("due");
    JsonNode lookBack = json.path("lookBack");
    return new MeasureDefinition(
        text(json.path("code")),
        text(json.path("name")),
        text(json.path("version")),
        text(json.path("description")),
        text(json.path("licence")),
        text(json.path("attribution")),
        text(json.path("status")),
        SensitivityLabel.fromCode(text(json.path("sensitivity"))).orElse(null),
        lookBack.isMissingNode()
            ? null
            : new LookBack(lookBack.path("days").intValue(), text(lookBack.path("wording"))),
        minimumAge,
        maximumAge,
        due.isMissingNode()
            ? Due.NEVER
            : new Due(
                due.path("atStart").asBoolean(false),
                integer(due.path("reviewEveryWeeks")),
                due.path("atExit").asBoolean(false),
                integer(due.path("postExitWeeks"))),
        scales,
        items,
        scores);
  }

  private List<Scale> scales(JsonNode array) {
    List<Scale> scales = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      String at = "/scales/" + i;
      String code = text(node.path("code"));
      once(seen, code, i, at + "/code", "scale", "/scales/");
      Scale.Kind kind =
          switch (text(node.path("kind"))) {
            case "number" -> Scale.Kind.NUMBER;
            case "yes-no" -> Scale.Kind.YES_NO;
            default -> Scale.Kind.CHOICE;
          };
      BigDecimal minimum = decimal(node.path("minimum"));
      BigDecimal maximum = decimal(node.path("maximum"));
      if (kind == Scale.Kind.NUMBER && minimum.compareTo(maximum) >= 0) {
        problems.add(new MeasureProblem(at + "/maximum", "the maximum must be above the minimum"));
      }
      List<Choice> choices = new ArrayList<>();
      Map<String, Integer> choiceCodes = new HashMap<>();
      JsonNode given = node.path("choices");
      for (int j = 0; j < given.size(); j++) {
        JsonNode choice = given.get(j);
        String choiceCode = text(choice.path("code"));
        once(
            choiceCodes, choiceCode, j, at + "/choices/" + j + "/code", "choice", at + "/choices/");
        choices.add(
            new Choice(choiceCode, text(choice.path("label")), decimal(choice.path("value"))));
      }
      scales.add(
          new Scale(
              code,
              kind,
              minimum,
              maximum,
              text(node.path("unit")),
              node.path("decimals").asInt(0),
              text(node.path("lowLabel")),
              text(node.path("highLabel")),
              List.copyOf(choices)));
    }
    return List.copyOf(scales);
  }

  private List<Item> items(JsonNode array, Map<String, Scale> scales) {
    List<Item> items = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      String at = "/items/" + i;
      String code = text(node.path("code"));
      once(seen, code, i, at + "/code", "item", "/items/");
      String scaleCode = text(node.path("scale"));
      Scale scale = scales.get(scaleCode);
      Direction better = Direction.of(text(node.path("better")));
      boolean reverse = node.path("reverse").asBoolean(false);
      if (scale == null) {
        problems.add(
            new MeasureProblem(
                at + "/scale", "no scale has the code \"" + Excerpt.of(scaleCode) + "\""));
      } else if (scale.kind() == Scale.Kind.CHOICE && !valued(scale)) {
        if (better != null) {
          problems.add(
              new MeasureProblem(
                  at + "/better",
                  "to say which way is better, every choice of scale \""
                      + scale.code()
                      + "\" needs a value"));
        }
        if (reverse) {
          problems.add(
              new MeasureProblem(
                  at + "/reverse",
                  "to be reverse-scored, every choice of scale \""
                      + scale.code()
                      + "\" needs a value"));
        }
      }
      items.add(
          new Item(
              code,
              text(node.path("text")),
              text(node.path("hint")),
              text(node.path("section")),
              scaleCode,
              better,
              reverse,
              node.path("unconfirmed").asBoolean(false),
              text(node.path("note")),
              text(node.path("ndtms"))));
    }
    sharedNationalNames(items, scales);
    return List.copyOf(items);
  }

  /**
   * Several items may go to one NDTMS item only as yes-or-no questions the return combines ("yes"
   * if any is yes), as TOP's sharing and theft questions do; numbers could not be combined without
   * guessing.
   */
  private void sharedNationalNames(List<Item> items, Map<String, Scale> scales) {
    Map<String, Long> uses =
        items.stream()
            .filter(item -> item.ndtms() != null)
            .collect(
                java.util.stream.Collectors.groupingBy(
                    Item::ndtms, java.util.stream.Collectors.counting()));
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Scale scale = scales.get(item.scale());
      if (item.ndtms() != null
          && uses.get(item.ndtms()) > 1
          && scale != null
          && scale.kind() != Scale.Kind.YES_NO) {
        problems.add(
            new MeasureProblem(
                "/items/" + i + "/ndtms",
                "only yes-or-no items may share an NDTMS item (\""
                    + Excerpt.of(item.ndtms())
                    + "\"), so the return can combine them"));
      }
    }
  }

  private List<Score> scores(JsonNode array, Map<String, Item> items, Map<String, Scale> scales) {
    List<Score> scores = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode node = array.get(i);
      String at = "/scores/" + i;
      String code = text(node.path("code"));
      once(seen, code, i, at + "/code", "score", "/scores/");
      List<String> codes = new ArrayList<>();
      Map<String, Integer> inScore = new HashMap<>();
      boolean whole = true;
      boolean known = true;
      BigDecimal lowest = BigDecimal.ZERO;
      BigDecimal highest = BigDecimal.ZERO;
      JsonNode listed = node.path("items");
      for (int j = 0; j < listed.size(); j++) {
        String itemCode = text(listed.get(j));
        once(inScore, itemCode, j, at + "/items/" + j, "item in this score", at + "/items/");
        codes.add(itemCode);
        Item item = items.get(itemCode);
        Scale scale = item == null ? null : scales.get(item.scale());
        if (item == null) {
          problems.add(
              new MeasureProblem(
                  at + "/items/" + j, "no item has the code \"" + Excerpt.of(itemCode) + "\""));
          known = false;
        } else if (scale == null) {
          known = false; // reported on the item
        } else if (scale.kind() == Scale.Kind.CHOICE && !valued(scale)) {
          problems.add(
              new MeasureProblem(
                  at + "/items/" + j,
                  "item \""
                      + itemCode
                      + "\" cannot be scored: not every choice of scale \""
                      + scale.code()
                      + "\" has a value"));
          known = false;
        } else {
          whole &= scale.whole();
          lowest = lowest.add(scale.lowest());
          highest = highest.add(scale.highest());
        }
      }
      int missingAllowed = node.path("missingAllowed").asInt(0);
      if (missingAllowed >= listed.size()) {
        problems.add(
            new MeasureProblem(
                at + "/missingAllowed",
                "at least one item must be answered: allow fewer than "
                    + listed.size()
                    + " missing"));
      }
      List<Conversion> conversion = new ArrayList<>();
      Map<String, Integer> raws = new HashMap<>();
      JsonNode table = node.path("conversion");
      for (int j = 0; j < table.size(); j++) {
        JsonNode row = table.get(j);
        long raw = row.path("raw").longValue();
        once(
            raws,
            Long.toString(raw),
            j,
            at + "/conversion/" + j + "/raw",
            "raw score",
            at + "/conversion/");
        conversion.add(new Conversion(raw, decimal(row.path("score"))));
      }
      if (!conversion.isEmpty() && known && whole) {
        coverage(at + "/conversion", conversion, lowest, highest);
      }
      scores.add(
          new Score(
              code,
              text(node.path("name")),
              List.copyOf(codes),
              Direction.of(text(node.path("better"))),
              missingAllowed,
              node.path("decimals").asInt(conversion.isEmpty() ? 0 : 2),
              List.copyOf(conversion)));
    }
    return List.copyOf(scores);
  }

  /** A conversion table must give a score for every whole sum the items can add up to. */
  private void coverage(String at, List<Conversion> table, BigDecimal lowest, BigDecimal highest) {
    long from = lowest.setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    long to = highest.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
    if (to - from >= 2000) {
      problems.add(
          new MeasureProblem(
              at,
              "the items can add up to more than 2000 different raw scores: too many for a table"));
      return;
    }
    java.util.Set<Long> given = new java.util.HashSet<>();
    table.forEach(row -> given.add(row.raw()));
    for (long raw = from; raw <= to; raw++) {
      if (!given.contains(raw)) {
        problems.add(
            new MeasureProblem(
                at,
                "no row for the raw score "
                    + raw
                    + " (the items add up to any whole number from "
                    + from
                    + " to "
                    + to
                    + ")"));
        return;
      }
    }
  }

  private static boolean valued(Scale scale) {
    return scale.choices().stream().allMatch(c -> c.value() != null);
  }

  private void once(
      Map<String, Integer> seen, String code, int index, String at, String what, String list) {
    Integer first = seen.putIfAbsent(code, index);
    if (first != null) {
      problems.add(
          new MeasureProblem(
              at,
              "the "
                  + what
                  + " code \""
                  + Excerpt.of(code)
                  + "\" is used twice (first at "
                  + list
                  + first
                  + ")"));
    }
  }

  private static String text(JsonNode node) {
    return node == null || !node.isString() ? null : node.stringValue();
  }

  private static Integer integer(JsonNode node) {
    return node == null || !node.isIntegralNumber() ? null : node.intValue();
  }

  private static BigDecimal decimal(JsonNode node) {
    return node == null || !node.isNumber() ? null : node.decimalValue();
  }

  /** A JSON pointer's escaping of a property name. */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  static String cut(String message) {
    return Excerpt.cut(message, 200);
  }
}
