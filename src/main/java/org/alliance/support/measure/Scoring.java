package org.alliance.support.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliance.support.measure.MeasureDefinition.Conversion;
import org.alliance.support.measure.MeasureDefinition.Item;
import org.alliance.support.measure.MeasureDefinition.Scale;
import org.alliance.support.measure.MeasureDefinition.Score;

/**
 * Works out a measure's scores from its answers, as its definition says. An answer is a {@link
 * BigDecimal} (a number), {@code "yes"} or {@code "no"}, or a choice's code; a missing one was not
 * answered. A score needs every item answered unless the definition allows some missing, in which
 * case the sum is prorated (sum × items ÷ answered); reverse-scored items count as minimum +
 * maximum − answer; a conversion table then turns the raw sum, rounded to a whole number, into the
 * score reported.
 */
public final class Scoring {

  private Scoring() {}

  /** Every score of the definition, in its order; null where it cannot be worked out. */
  public static Map<String, BigDecimal> scores(
      MeasureDefinition definition, Map<String, Object> answers) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (Score score : definition.scores()) {
      scores.put(score.code(), score(definition, score, answers));
    }
    return scores;
  }

  static BigDecimal score(MeasureDefinition definition, Score score, Map<String, Object> answers) {
    BigDecimal sum = BigDecimal.ZERO;
    int answered = 0;
    for (String code : score.items()) {
      Item item = definition.item(code).orElseThrow();
      Scale scale = definition.scaleOf(item);
      BigDecimal value = value(scale, answers.get(code));
      if (value == null) {
        continue;
      }
      if (item.reverse()) {
        value = scale.lowest().add(scale.highest()).subtract(value);
      }
      sum = sum.add(value);
      answered++;
    }
    int items = score.items().size();
    if (items - answered > score.missingAllowed() || answered == 0) {
      return null;
    }
    BigDecimal raw =
        answered == items
            ? sum
            : sum.multiply(BigDecimal.valueOf(items))
                .divide(BigDecimal.valueOf(answered), 6, RoundingMode.HALF_UP);
    if (!score.conversion().isEmpty()) {
      long whole = raw.setScale(0, RoundingMode.HALF_UP).longValue();
      return score.conversion().stream()
          .filter(row -> row.raw() == whole)
          .map(Conversion::score)
          .findFirst()
          .map(s -> s.setScale(score.decimals(), RoundingMode.HALF_UP))
          .orElse(null);
    }
    return raw.setScale(score.decimals(), RoundingMode.HALF_UP);
  }

  /**
   * What an answer counts as: a number itself, yes 1 and no 0, a choice its value; null when not
   * answered (or a choice that scores nothing).
   */
  public static BigDecimal value(Scale scale, Object answer) {
    if (answer == null) {
      return null;
    }
    return switch (scale.kind()) {
      case NUMBER -> answer instanceof BigDecimal number ? number : null;
      case YES_NO ->
          "yes".equals(answer) ? BigDecimal.ONE : "no".equals(answer) ? BigDecimal.ZERO : null;
      case CHOICE ->
          scale.choice(String.valueOf(answer)).map(MeasureDefinition.Choice::value).orElse(null);
    };
  }
}
