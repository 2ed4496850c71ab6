package org.alliance.outcomes.dashboard;

import java.math.BigDecimal;
import org.alliance.outcomes.disclosure.Rate;
import org.alliance.outcomes.indicator.IndicatorDefinition;

/**
 * Red, amber or green: a figure against its indicator's target, the one rule every dashboard and
 * drill-down judges by. On the target or the better side of it is green; on the worse side by at
 * most the amber band (a percentage of the target, a setting) is amber; further is red. An
 * indicator without a target, or a figure that is withheld, is not judged: saying "red" about a
 * suppressed figure would hint at what it is.
 */
final class Rag {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A judgement, with the words and GOV.UK tag that show it (never colour alone). */
  enum Status {
    GREEN("On target", "govuk-tag--green"),
    AMBER("Near target", "govuk-tag--orange"),
    RED("Off target", "govuk-tag--red"),
    NO_TARGET("No target", "govuk-tag--grey"),
    NO_FIGURE("Not judged: figure withheld", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    Status(String label, String tagClass) {
      this.label = label;
      this.tagClass = tagClass;
    }

    public String label() {
      return label;
    }

    public String tagClass() {
      return tagClass;
    }
  }

  private final RagSettings settings;

  Rag(RagSettings settings) {
    this.settings = settings;
  }

  RagSettings settings() {
    return settings;
  }

  Status of(IndicatorDefinition definition, Rate rate) {
    return of(rate == null ? null : rate.percent(), definition.target(), definition.better());
  }

  /**
   * @param figure the figure, or null when there is none to judge
   * @param target the target, or null when there is none
   * @param better {@code lower} when lower figures are better; anything else means higher
   */
  Status of(BigDecimal figure, BigDecimal target, String better) {
    if (target == null) {
      return Status.NO_TARGET;
    }
    if (figure == null) {
      return Status.NO_FIGURE;
    }
    BigDecimal shortfall = IndicatorDefinition.shortfall(figure, target, better);
    if (shortfall.signum() <= 0) {
      return Status.GREEN;
    }
    BigDecimal band = target.abs().multiply(settings.amberBand()).divide(HUNDRED);
    return shortfall.compareTo(band) <= 0 ? Status.AMBER : Status.RED;
  }

  /** The rule in words, for the pages' legend. */
  String explanation() {
    return "Green (on target): the figure meets the target or is better. Amber (near target): it"
        + " misses the target by no more than "
        + settings.amberBand().stripTrailingZeros().toPlainString()
        + "% of the target. Red (off target): it misses by more. A withheld figure is not judged.";
  }
}
