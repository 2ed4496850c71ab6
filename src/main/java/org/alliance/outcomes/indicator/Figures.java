package org.alliance.outcomes.indicator;

import java.time.YearMonth;
import java.util.List;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Rate;

/**
 * An indicator's figures for a range of months, as they may be shown: every count has been through
 * disclosure control ({@code disclosed} says so; for now it is always true, whoever asks).
 *
 * @param lines one per period and group, then each period's total over the groups (group null),
 *     then, with more than one period, all periods together (period null)
 * @param members the members whose work is counted in the range, for {@link Provenances}
 */
public record Figures(
    IndicatorDefinition definition,
    YearMonth from,
    YearMonth to,
    Period period,
    Breakdown by,
    boolean disclosed,
    List<Line> lines,
    List<java.util.UUID> members) {

  /**
   * One rate with the counts it is made from.
   *
   * @param period the period's label, or null for all periods together
   * @param group the group's key (a member's id, a sex code, an age band), or null for everyone
   * @param groupName the group as people read it (the member's name), or null for everyone
   */
  public record Line(
      String period, String group, String groupName, Cell numerator, Cell denominator, Rate rate) {}
}
