package org.alliance.commissioning.options;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.alliance.commissioning.register.Contract;

/**
 * Every contract's term and extension options, with the chart's geometry. The table holds every
 * fact; the chart draws the same rows between the years asked for, solid for the term so far,
 * hatched and outlined for each open option, so it reads without colour.
 *
 * @param from the first calendar year drawn
 * @param to the last calendar year drawn
 */
record Timeline(int from, int to, LocalDate today, List<Row> rows) {

  static final int WIDTH = 960;
  static final int LEFT = 10;
  static final int RIGHT = 950;
  static final int TOP = 56;
  static final int ROW = 44;

  /**
   * A contract as the register has it, options included: the register's own record, so the furthest
   * end and the options' words come from the register's rules, not a copy of them.
   */
  record Row(Contract contract) {
    public List<Contract.ExtensionOption> options() {
      return contract.options();
    }
  }

  /** A drawn rectangle: a contract's term or one open option. */
  record Segment(int x, int width, String label) {}

  record Bar(String name, int y, Segment term, List<Segment> options) {
    public int nameY() {
      return y + 13;
    }

    public int barY() {
      return y + 19;
    }
  }

  record Tick(int x, String label) {}

  public String day(LocalDate date) {
    return Contract.day(date);
  }

  public LocalDate rangeStart() {
    return LocalDate.of(from, 1, 1);
  }

  public LocalDate rangeEnd() {
    return LocalDate.of(to, 12, 31);
  }

  public int height() {
    return TOP + rows.size() * ROW + 10;
  }

  public String viewBox() {
    return "0 0 " + WIDTH + " " + height();
  }

  private int x(LocalDate date) {
    LocalDate start = rangeStart();
    long span = ChronoUnit.DAYS.between(start, rangeEnd().plusDays(1));
    long at = ChronoUnit.DAYS.between(start, date);
    at = Math.max(0, Math.min(span, at));
    return LEFT + (int) Math.round((double) at * (RIGHT - LEFT) / span);
  }

  private Segment segment(LocalDate start, LocalDate end, String label) {
    if (end.isBefore(rangeStart()) || start.isAfter(rangeEnd())) {
      return null;
    }
    int left = x(start);
    int right = x(end.plusDays(1));
    return new Segment(left, Math.max(1, right - left), label);
  }

  public List<Bar> bars() {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Contract row = rows.get(i).contract();
      int y = TOP + i * ROW;
      Segment term = segment(row.startOn(), row.endOn(), "Term to " + day(row.endOn()));
      List<Segment> options = new ArrayList<>();
      LocalDate end = row.endOn();
      for (Contract.ExtensionOption option : row.options()) {
        if ("declined".equals(option.state())) {
          break;
        }
        if (!option.open()) {
          continue;
        }
        LocalDate until = option.extend(end);
        Segment s = segment(end.plusDays(1), until, "Option " + option.position());
        if (s != null) {
          options.add(s);
        }
        end = until;
      }
      bars.add(new Bar(row.service() + " (" + row.reference() + ")", y, term, options));
    }
    return bars;
  }

  public List<Tick> ticks() {
    List<Tick> ticks = new ArrayList<>();
    int step = to - from > 20 ? 5 : to - from > 10 ? 2 : 1;
    for (int year = from; year <= to; year += step) {
      ticks.add(new Tick(x(LocalDate.of(year, 1, 1)), String.valueOf(year)));
    }
    return ticks;
  }

  public boolean todayShown() {
    return !today.isBefore(rangeStart()) && !today.isAfter(rangeEnd());
  }

  public int todayX() {
    return x(today);
  }

  public int bottom() {
    return height() - 6;
  }

  public String description() {
    long open =
        rows.stream()
            .flatMap(r -> r.options().stream())
            .filter(Contract.ExtensionOption::open)
            .count();
    return rows.size()
        + (rows.size() == 1 ? " contract" : " contracts")
        + " from "
        + from
        + " to "
        + to
        + ", each a solid bar for its term to its current end and a hatched, outlined bar for each"
        + " open extension option ("
        + open
        + " in all). The table below the chart holds every date.";
  }
}
