package org.alliance.outcomes.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.Figures;
import org.alliance.outcomes.indicator.Figures.Line;

/**
 * An indicator's figures looked up by period and group. Every figure a page shows about one
 * indicator comes from one {@link Figures}, one disclosed table, so that no two tables disclosed
 * apart are shown side by side where one could be subtracted from the other.
 */
final class FigureLines {

  private final List<Line> lines;
  private final List<String> periods;
  private final Map<String, String> groups = new LinkedHashMap<>();

  FigureLines(Figures figures) {
    this.lines = figures.lines();
    List<String> seen = new ArrayList<>();
    for (Line line : lines) {
      if (line.period() != null && !seen.contains(line.period())) {
        seen.add(line.period());
      }
      if (line.group() != null) {
        groups.putIfAbsent(line.group(), GroupNames.of(figures.by(), line));
      }
    }
    this.periods = List.copyOf(seen);
    if (figures.by() == Breakdown.MEMBER) {
      // Members by name, as people look for them; other breakdowns keep their own order.
      List<Map.Entry<String, String>> byName =
          groups.entrySet().stream()
              .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
              .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
              .toList();
      groups.clear();
      byName.forEach(entry -> groups.put(entry.getKey(), entry.getValue()));
    }
  }

  /** The periods' labels, in order. */
  List<String> periods() {
    return periods;
  }

  /** The groups' keys and names, in the figures' order. */
  Map<String, String> groups() {
    return groups;
  }

  /**
   * Everyone's line for a period, or for the whole range when {@code period} is null. A table of
   * one group has no total row: that group is everyone.
   */
  Line everyone(String period) {
    String at = wholeRange(period);
    Line total = find(at, null);
    if (total != null) {
      return total;
    }
    List<Line> inPeriod = lines.stream().filter(line -> Objects.equals(line.period(), at)).toList();
    return inPeriod.size() == 1 ? inPeriod.get(0) : null;
  }

  /** One group's line for a period, or for the whole range when {@code period} is null. */
  Line group(String period, String group) {
    return find(wholeRange(period), group);
  }

  boolean hasGroup(String group) {
    return groups.containsKey(group);
  }

  // A range of one period has no "all periods" line: that period is the whole range.
  private String wholeRange(String period) {
    return period == null && periods.size() == 1 ? periods.get(0) : period;
  }

  private Line find(String period, String group) {
    for (Line line : lines) {
      if (Objects.equals(line.period(), period) && Objects.equals(line.group(), group)) {
        return line;
      }
    }
    return null;
  }
}
