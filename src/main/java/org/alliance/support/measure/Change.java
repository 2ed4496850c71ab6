package org.alliance.support.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.support.measure.MeasureDefinition.Direction;
import org.alliance.support.measure.MeasureDefinition.Item;
import org.alliance.support.measure.MeasureDefinition.Score;

/**
 * A person's change on one measure between its start and a later asking (a review, the exit, after
 * exit): per score and per item, the start value, the later value, the change and whether that is
 * better or worse as the later version's definition says. Items and scores are matched by code, so
 * a start asked in an earlier version compares with a review in a later one wherever both have the
 * item.
 */
public record Change(MeasureRecording start, MeasureRecording later, List<Row> rows) {

  /** One score or item compared. */
  public record Row(
      boolean score, String name, String from, String to, String change, String verdict) {
    /** The verdict's GOV.UK tag colour; the word itself always says it, never the colour alone. */
    public String tagClass() {
      return switch (verdict) {
        case "Better" -> "govuk-tag govuk-tag--green";
        case "Worse" -> "govuk-tag govuk-tag--red";
        default -> "govuk-tag govuk-tag--grey";
      };
    }
  }

  /** Each measure's start compared with every later asking, newest first within a measure. */
  static Map<String, List<Change>> of(List<MeasureRecording> recordings) {
    Map<String, List<Change>> changes = new LinkedHashMap<>();
    Map<String, List<MeasureRecording>> byCode = new LinkedHashMap<>();
    recordings.stream()
        .sorted(Comparator.comparing(MeasureRecording::askedOn))
        .forEach(r -> byCode.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r));
    byCode.forEach(
        (code, asked) -> {
          Optional<MeasureRecording> start =
              asked.stream()
                  .filter(r -> r.stage() == Stage.START)
                  .max(Comparator.comparing(MeasureRecording::askedOn));
          if (start.isEmpty()) {
            return;
          }
          List<Change> list = new ArrayList<>();
          for (MeasureRecording later : asked) {
            if (later.stage() != Stage.START && !later.askedOn().isBefore(start.get().askedOn())) {
              list.add(0, between(start.get(), later));
            }
          }
          if (!list.isEmpty()) {
            changes.put(code, list);
          }
        });
    return changes;
  }

  static Change between(MeasureRecording start, MeasureRecording later) {
    List<Row> rows = new ArrayList<>();
    MeasureDefinition now = later.definition();
    MeasureDefinition then = start.definition();
    for (Score score : now.scores()) {
      if (then.score(score.code()).isEmpty()) {
        continue;
      }
      BigDecimal from = start.scores().get(score.code());
      BigDecimal to = later.scores().get(score.code());
      rows.add(
          new Row(
              true,
              score.name(),
              start.score(score.code()),
              later.score(score.code()),
              difference(from, to),
              verdict(from, to, score.better())));
    }
    for (Item item : now.items()) {
      Optional<Item> before = then.item(item.code());
      if (before.isEmpty()) {
        continue;
      }
      Object fromAnswer = start.answers().get(item.code());
      Object toAnswer = later.answers().get(item.code());
      BigDecimal from = Scoring.value(then.scaleOf(before.get()), fromAnswer);
      BigDecimal to = Scoring.value(now.scaleOf(item), toAnswer);
      boolean numeric = now.scaleOf(item).kind() == MeasureDefinition.Scale.Kind.NUMBER;
      String fromText = MeasureRecording.shown(then, before.get(), fromAnswer);
      String toText = MeasureRecording.shown(now, item, toAnswer);
      rows.add(
          new Row(
              false,
              item.text(),
              fromText,
              toText,
              numeric
                  ? difference(from, to)
                  : fromText.equals(toText) ? "No change" : fromText + " to " + toText,
              verdict(from, to, item.better())));
    }
    return new Change(start, later, rows);
  }

  private static String difference(BigDecimal from, BigDecimal to) {
    if (from == null || to == null) {
      return "Cannot tell";
    }
    BigDecimal change = to.subtract(from);
    int sign = change.signum();
    return sign == 0
        ? "No change"
        : (sign > 0 ? "+" : "") + change.stripTrailingZeros().toPlainString();
  }

  private static String verdict(BigDecimal from, BigDecimal to, Direction better) {
    if (from == null || to == null) {
      return "Cannot tell";
    }
    int sign = to.compareTo(from);
    if (sign == 0) {
      return "Same";
    }
    if (better == null) {
      return "Changed";
    }
    return (sign > 0) == (better == Direction.HIGHER) ? "Better" : "Worse";
  }
}
