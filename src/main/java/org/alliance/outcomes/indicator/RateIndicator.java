package org.alliance.outcomes.indicator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.CountTable;
import org.alliance.outcomes.disclosure.DisclosedTable;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.disclosure.Position;
import org.alliance.outcomes.disclosure.TableShape;
import org.alliance.outcomes.indicator.Figures.Line;
import org.alliance.support.Tallies;

/**
 * An indicator that is a rate: support's tally of a numerator over a denominator (missed
 * appointments of appointments, people engaged of people starting). Counted into one table (periods
 * by groups by {@code numerator | the rest}) so that the denominator is the row total and
 * disclosure control sees every figure shown together, totals included, and protects them as one.
 */
final class RateIndicator {

  private static final String COUNTED = "numerator";
  private static final String REST = "rest";
  private static final String EVERYONE = "everyone";

  private RateIndicator() {}

  /**
   * @param counts support's monthly counts of the indicator's tally by {@link
   *     #dimension(Breakdown)}, for at least the months from {@code from} to {@code to}
   * @param groupName a group's name as people read it, by its key (a member's id's text, a code)
   * @param suppress false only for figures shown to people who work with those people
   */
  static Figures compute(
      IndicatorDefinition definition,
      List<Tallies.Count> counts,
      YearMonth from,
      YearMonth to,
      Period period,
      Breakdown by,
      Disclosure disclosure,
      boolean suppress,
      Function<String, String> groupName) {
    List<String> periods = new ArrayList<>(new LinkedHashSet<>(periodsOf(from, to, period)));
    List<Tallies.Count> inRange =
        counts.stream().filter(c -> !c.month().isBefore(from) && !c.month().isAfter(to)).toList();
    List<String> groups = groups(inRange, by);
    TableShape shape = new TableShape(groups, List.of(COUNTED, REST), periods);
    CountTable.Builder table = CountTable.builder(shape);
    for (Tallies.Count count : inRange) {
      String label = period.label(count.month());
      String group = groupOf(count, by);
      table.add(label, group, COUNTED, count.numerator());
      table.add(label, group, REST, count.denominator() - count.numerator());
    }
    DisclosedTable shown =
        suppress
            ? disclosure.disclose(table.build(), insiders(shape, by))
            : disclosure.unsuppressed(table.build());
    List<Line> lines = new ArrayList<>();
    for (int p : shape.periodIndexes()) {
      String periodLabel = p == Position.TOTAL ? null : periods.get(p);
      for (int r : shape.rowIndexes()) {
        String group = r == Position.TOTAL || by == Breakdown.NONE ? null : groups.get(r);
        group = EVERYONE.equals(group) ? null : group;
        String name = group == null ? null : groupName.apply(group);
        Cell numerator = shown.cell(p, r, 0);
        Cell denominator = shown.cell(p, r, Position.TOTAL);
        lines.add(
            new Line(
                periodLabel,
                group,
                name,
                numerator,
                denominator,
                disclosure.rate(numerator, denominator)));
      }
    }
    List<java.util.UUID> members =
        inRange.stream().map(Tallies.Count::memberId).distinct().sorted().toList();
    return new Figures(definition, from, to, period, by, suppress, List.copyOf(lines), members);
  }

  /**
   * By member, each member's staff know their own member's row (they work with those people), so
   * the table must not give away another member's figure to someone who knows their own.
   */
  private static List<Set<Position>> insiders(TableShape shape, Breakdown by) {
    if (by != Breakdown.MEMBER) {
      return List.of();
    }
    List<Set<Position>> insiders = new ArrayList<>();
    for (int row : shape.rowIndexes()) {
      if (row != Position.TOTAL) {
        insiders.add(
            shape.positions().stream()
                .filter(position -> position.row() == row)
                .collect(java.util.stream.Collectors.toUnmodifiableSet()));
      }
    }
    return List.copyOf(insiders);
  }

  /** The support breakdown a figure's breakdown is counted from; everyone is every member's. */
  static Tallies.Dimension dimension(Breakdown by) {
    return switch (by) {
      case NONE, MEMBER -> Tallies.Dimension.MEMBER;
      case AGE_BAND -> Tallies.Dimension.AGE_BAND;
      case SEX -> Tallies.Dimension.SEX;
      case ETHNICITY -> Tallies.Dimension.ETHNICITY;
      case AREA -> Tallies.Dimension.AREA;
    };
  }

  private static List<String> periodsOf(YearMonth from, YearMonth to, Period period) {
    List<String> labels = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      labels.add(period.label(month));
    }
    return labels;
  }

  /** The groups with any counts, in a stable order (age bands youngest first), or everyone. */
  private static List<String> groups(List<Tallies.Count> counts, Breakdown by) {
    if (by == Breakdown.NONE) {
      return List.of(EVERYONE);
    }
    Set<String> seen = new LinkedHashSet<>();
    counts.forEach(count -> seen.add(groupOf(count, by)));
    if (seen.isEmpty()) {
      return List.of(EVERYONE);
    }
    Comparator<String> order =
        by == Breakdown.AGE_BAND
            ? Comparator.comparingInt(Tallies.AGE_BANDS::indexOf)
            : Comparator.naturalOrder();
    return seen.stream().sorted(order).toList();
  }

  private static String groupOf(Tallies.Count count, Breakdown by) {
    return switch (by) {
      case NONE -> EVERYONE;
      case MEMBER -> count.memberId().toString();
      case SEX, AGE_BAND, ETHNICITY, AREA -> count.group();
    };
  }
}
