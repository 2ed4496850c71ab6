package org.alliance.outcomes.dashboard;

import org.alliance.outcomes.indicator.IndicatorDefinition;

/** An indicator's target in words. */
final class Targets {

  private Targets() {}

  static String text(IndicatorDefinition definition) {
    String way = "lower".equals(definition.better()) ? "lower is better" : "higher is better";
    if (definition.target() == null) {
      return "No target (" + way + ")";
    }
    return definition.target().stripTrailingZeros().toPlainString()
        + "% ("
        + way
        + ("lower".equals(definition.better()) ? ": at most the target" : ": at least the target")
        + ")";
  }
}
