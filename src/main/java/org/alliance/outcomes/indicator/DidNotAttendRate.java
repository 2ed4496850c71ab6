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
import org.alliance.support.Attendance;

/**
 * The did-not-attend rate: missed appointments over appointments that went ahead or were missed.
 * Counted into one table (periods by groups by {@code did-not-attend | attended}) so that the
 * denominator is the row total and disclosure control sees every figure shown together, totals
 * included, and protects them as one.
 */
final class DidNotAttendRate {

  static final String CODE = "did-not-attend-rate";
  private static final String MISSED = "did-not-attend";
  private static final String CAME = "attended";
  private static final String EVERYONE = "everyone";

  private DidNotAttendRate() {}

  /**
   * @param counts support's monthly counts for the months from {@code from} to {@code to}
   * @param memberName the name of a member by its id's text, for members' lines
   */
  static Figures compute(
      IndicatorDefinition definition,
      List<Attendance.Count> counts,
      YearMonth from,
      YearMonth to,
      Period period,
      Breakdown by,
      Disclosure disclosure,
      Function<String, String> memberName) {
    List<String> periods = new ArrayList<>(new LinkedHashSet<>(periodsOf(from, to, period)));
    List<String> groups = groups(counts, by);
    TableShape shape = new TableShape(groups, List.of(MISSED, CAME), periods);
    CountTable.Builder table = CountTable.builder(shape);
    for (Attendance.Count count : counts) {
      if (count.month().isBefore(from) || count.month().isAfter(to)) {
        continue;
      }
      String label = period.label(count.month());
      String group = groupOf(count, by);
      table.add(label, group, MISSED, count.didNotAttend());
      table.add(label, group, CAME, count.attended());
    }
    DisclosedTable shown = disclosure.disclose(table.build());
    List<Line> lines = new ArrayList<>();
    for (int p : shape.periodIndexes()) {
      String periodLabel = p == Position.TOTAL ? null : periods.get(p);
      for (int r : shape.rowIndexes()) {
        String group = r == Position.TOTAL || by == Breakdown.NONE ? null : groups.get(r);
        group = EVERYONE.equals(group) ? null : group;
        String name =
            group == null ? null : by == Breakdown.MEMBER ? memberName.apply(group) : group;
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
    return new Figures(definition, from, to, period, by, true, List.copyOf(lines));
  }

  private static List<String> periodsOf(YearMonth from, YearMonth to, Period period) {
    List<String> labels = new ArrayList<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      labels.add(period.label(month));
    }
    return labels;
  }

  /** The groups with any contacts, in a stable order (age bands youngest first), or everyone. */
  private static List<String> groups(List<Attendance.Count> counts, Breakdown by) {
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
            ? Comparator.comparingInt(Attendance.AGE_BANDS::indexOf)
            : Comparator.naturalOrder();
    return seen.stream().sorted(order).toList();
  }

  private static String groupOf(Attendance.Count count, Breakdown by) {
    return switch (by) {
      case NONE -> EVERYONE;
      case MEMBER -> count.memberId().toString();
      case SEX -> count.sex();
      case AGE_BAND -> count.ageBand();
    };
  }
}
