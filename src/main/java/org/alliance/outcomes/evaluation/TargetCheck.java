package org.alliance.outcomes.evaluation;

import java.math.BigDecimal;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.outcomes.indicator.IndicatorDefinition;

/**
 * The one rule for whether an indicator met its target: the rate as shown (after disclosure
 * control) against the definition's target, in the direction the definition calls better. Equal to
 * the target counts as met. With no target there is nothing to meet; with no rate (too few people
 * to show it, or nothing to count) the report cannot say.
 */
final class TargetCheck {

  enum Verdict {
    MET("Met"),
    NOT_MET("Not met"),
    NO_TARGET("No target"),
    CANNOT_SAY("Cannot say: too few people to show the figure, or none to count");

    private final String words;

    Verdict(String words) {
      this.words = words;
    }

    String words() {
      return words;
    }

    /** For a table's narrow column: "Met", "Not met", "No target" or "Cannot say". */
    String shortWords() {
      return this == CANNOT_SAY ? "Cannot say" : words;
    }
  }

  private TargetCheck() {}

  static Verdict of(IndicatorDefinition definition, Rate rate) {
    BigDecimal target = definition.target();
    if (target == null) {
      return Verdict.NO_TARGET;
    }
    if (rate == null || rate.percent() == null) {
      return Verdict.CANNOT_SAY;
    }
    return definition.shortfall(rate.percent()).signum() <= 0 ? Verdict.MET : Verdict.NOT_MET;
  }

  /** "At most 10%" or "At least 80%", or "None". */
  static String targetText(IndicatorDefinition definition) {
    if (definition.target() == null) {
      return "None";
    }
    return ("lower".equals(definition.better()) ? "At most " : "At least ")
        + definition.target().stripTrailingZeros().toPlainString()
        + "%";
  }
}
