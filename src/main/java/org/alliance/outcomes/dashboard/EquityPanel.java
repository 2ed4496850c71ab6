package org.alliance.outcomes.dashboard;

import java.util.List;
import org.alliance.outcomes.indicator.IndicatorDefinition;

/**
 * One indicator split by a protected characteristic or area for the equity page: everyone's figure,
 * then each group's with its gap from everyone.
 *
 * @param widest the group that fares worst by the widest shown gap, or null when none fares worse
 */
record EquityPanel(
    IndicatorDefinition definition, Shown everyone, List<Row> rows, String widest, Tally tally) {

  record Row(String name, Shown figure, Gap gap) {}
}
