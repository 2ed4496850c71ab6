package org.alliance.support.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.alliance.support.access.SensitivityLabel;

/**
 * One version of an outcome measure, as its definition file says (docs/measures.md): what is asked,
 * on which scales, how it is scored and when it is due. Read from the file by {@link MeasureFile}
 * after the schema and the importer's own checks passed, so every code it refers to exists.
 */
public record MeasureDefinition(
    String code,
    String name,
    String version,
    String description,
    String licence,
    String attribution,
    String status,
    SensitivityLabel sensitivity,
    LookBack lookBack,
    Integer minimumAge,
    Integer maximumAge,
    Due due,
    List<Scale> scales,
    List<Item> items,
    List<Score> scores) {

  /** Which way is better: a higher answer or a lower one. */
  public enum Direction {
    HIGHER,
    LOWER;

    static Direction of(String code) {
      return code == null ? null : "higher".equals(code) ? HIGHER : LOWER;
    }
  }

  /** How far back the questions look, such as 28 days, "in the past four weeks". */
  public record LookBack(int days, String wording) {}

  /** When the measure is due: at the start of an episode, every N weeks, at its end, after it. */
  public record Due(
      boolean atStart, Integer reviewEveryWeeks, boolean atExit, Integer postExitWeeks) {
    static final Due NEVER = new Due(false, null, false, null);
  }

  /** An answer scale. */
  public record Scale(
      String code,
      Kind kind,
      BigDecimal minimum,
      BigDecimal maximum,
      String unit,
      int decimals,
      String lowLabel,
      String highLabel,
      List<Choice> choices) {

    /** The kinds of answer. */
    public enum Kind {
      NUMBER,
      YES_NO,
      CHOICE
    }

    public Optional<Choice> choice(String code) {
      return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The lowest value an answer can score: the minimum, no (0), or the lowest choice value. */
    BigDecimal lowest() {
      return switch (kind) {
        case NUMBER -> minimum;
        case YES_NO -> BigDecimal.ZERO;
        case CHOICE ->
            choices.stream()
                .map(Choice::value)
                .filter(v -> v != null)
                .min(BigDecimal::compareTo)
                .orElse(null);
      };
    }

    BigDecimal highest() {
      return switch (kind) {
        case NUMBER -> maximum;
        case YES_NO -> BigDecimal.ONE;
        case CHOICE ->
            choices.stream()
                .map(Choice::value)
                .filter(v -> v != null)
                .max(BigDecimal::compareTo)
                .orElse(null);
      };
    }

    /** Whether every answer is a whole number, so sums of them are too. */
    boolean whole() {
      return switch (kind) {
        case NUMBER -> decimals == 0 && minimum.stripTrailingZeros().scale() <= 0;
        case YES_NO -> true;
        case CHOICE ->
            choices.stream()
                .allMatch(c -> c.value() == null || c.value().stripTrailingZeros().scale() <= 0);
      };
    }
  }

  /** One answer of a choice scale; {@code value} is what it scores, if it is scored. */
  public record Choice(String code, String label, BigDecimal value) {}

  /** One question. */
  public record Item(
      String code,
      String text,
      String hint,
      String section,
      String scale,
      Direction better,
      boolean reverse,
      boolean unconfirmed,
      String note,
      String ndtms) {}

  /**
   * A score: the sum of its items (reversed where an item says so), prorated when no more than
   * {@code missingAllowed} are unanswered, then looked up in the conversion table if there is one.
   */
  public record Score(
      String code,
      String name,
      List<String> items,
      Direction better,
      int missingAllowed,
      int decimals,
      List<Conversion> conversion) {}

  /** One row of a conversion table: a raw sum and the score it is reported as. */
  public record Conversion(long raw, BigDecimal score) {}

  public Scale scaleOf(Item item) {
    return scales.stream().filter(s -> s.code().equals(item.scale())).findFirst().orElseThrow();
  }

  public Optional<Item> item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public Optional<Score> score(String code) {
    return scores.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** Whether the measure is meant for someone of this age (unknown age: yes). */
  public boolean appliesAt(Integer age) {
    return age == null
        || (minimumAge == null || age >= minimumAge) && (maximumAge == null || age <= maximumAge);
  }
}
