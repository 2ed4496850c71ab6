package org.alliance.support.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alliance.support.access.SensitivityLabel;
import org.alliance.support.measure.MeasureDefinition.Item;
import org.alliance.support.measure.MeasureDefinition.Scale;

/**
 * A measure asked of a person: the version it was asked in (and so the definition it is shown and
 * scored with), the stage, the day, each item's answer ({@link Scoring} says what an answer is; an
 * item left out was not answered) and the scores worked out when it was recorded.
 */
public record MeasureRecording(
    UUID id,
    UUID personId,
    MeasureVersion version,
    Stage stage,
    LocalDate askedOn,
    Map<String, Object> answers,
    Map<String, BigDecimal> scores,
    SensitivityLabel label,
    String member,
    String recordedBy) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public String code() {
    return version.code();
  }

  public MeasureDefinition definition() {
    return version.definition();
  }

  public String asked() {
    return DAY.format(askedOn);
  }

  /** An item's answer as people read it: "3 days", "Yes", a choice's label, or "Not answered". */
  public String shown(Item item) {
    return shown(definition(), item, answers.get(item.code()));
  }

  static String shown(MeasureDefinition definition, Item item, Object answer) {
    if (answer == null) {
      return "Not answered";
    }
    Scale scale = definition.scaleOf(item);
    return switch (scale.kind()) {
      case NUMBER ->
          ((BigDecimal) answer).stripTrailingZeros().toPlainString()
              + (scale.unit() == null ? "" : " " + scale.unit());
      case YES_NO -> "yes".equals(answer) ? "Yes" : "No";
      case CHOICE ->
          scale.choice(String.valueOf(answer)).map(MeasureDefinition.Choice::label).orElse("?");
    };
  }

  public String score(String code) {
    BigDecimal score = scores.get(code);
    return score == null ? "Not scored" : score.toPlainString();
  }
}
