package org.alliance.outcomes.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one disclosure rule for counts of people shown to anyone who does not work with them
 * (commissioners, the public, the leadership team). Every route that shows such a count goes
 * through this bean, so the rule, its threshold and its rounding are the same everywhere.
 *
 * <ol>
 *   <li>Primary: a count from 1 to {@code threshold - 1} is suppressed. Zero is shown: by usual UK
 *       practice (ONS, NHS England) a zero says that nobody has the characteristic and identifies
 *       nobody, and suppressing zeros would hide where there is no activity at all.
 *   <li>Secondary: every relation (a row, a column, a period line, the figures for all periods)
 *       with exactly one suppressed figure gets a second, a non-zero figure shown in it: the one
 *       that partners the most such lone suppressions at once (so suppressions close up in
 *       rectangles instead of spreading), and of those the smallest; until no relation has exactly
 *       one.
 *   <li>Verification: {@link Recovery} solves the whole system of relations exactly; while it can
 *       still work a suppressed figure out, the smallest non-zero figure shown in a relation with
 *       that figure is suppressed too, and steps 2 and 3 run again.
 *   <li>Rounding, if set, then applies to the figures shown, each from its own true count; which
 *       figures are suppressed was decided on the true counts, which is the stricter test.
 * </ol>
 *
 * <p>Zeros are never suppressed as partners, so a reader knows every suppressed figure is at least
 * 1; {@link Recovery} takes that into account.
 */
public final class Disclosure {

  private final DisclosureSettings settings;

  public Disclosure(DisclosureSettings settings) {
    this.settings = settings;
  }

  public DisclosureSettings settings() {
    return settings;
  }

  /** The table as it may be shown: every figure shown (perhaps rounded) or suppressed. */
  public DisclosedTable disclose(CountTable table) {
    return disclose(table, List.of());
  }

  /**
   * The table as it may be shown, safe also against insiders: each set of {@code insiders} is
   * figures someone reading the table already knows (a member's staff know their own member's row),
   * so no suppressed figure may be worked out from the shown ones and one insider's own either.
   * Without this, a member who knows its own suppressed count could subtract it from a column's
   * total and find another member's.
   */
  public DisclosedTable disclose(CountTable table, List<Set<Position>> insiders) {
    Suppression suppression = new Suppression(table);
    for (Position position : table.shape().positions()) {
      if (isSmall(table.count(position))) {
        suppression.reasons.put(position, Reason.PRIMARY);
      }
    }
    while (true) {
      suppression.partnerLoneFigures();
      Optional<Recovery.Finding> recoverable =
          Recovery.first(table.shape(), table.counts(), suppression.reasons.keySet());
      Set<Position> known = Set.of();
      for (int i = 0; recoverable.isEmpty() && i < insiders.size(); i++) {
        known = insiders.get(i);
        recoverable = othersFigure(table, suppression.reasons.keySet(), known);
      }
      if (recoverable.isEmpty()) {
        break;
      }
      if (!suppression.protect(recoverable.get().position(), known)) {
        // Nothing beside it is left to hide: hide everything the reader does not already know.
        suppression.suppressAllBut(known);
        break;
      }
    }
    Map<Position, Cell> cells = new LinkedHashMap<>();
    for (Position position : table.shape().positions()) {
      Reason reason = suppression.reasons.get(position);
      cells.put(position, reason == null ? shown(table.count(position)) : Cell.suppressed(reason));
    }
    return new DisclosedTable(table.shape(), cells);
  }

  /**
   * The table with every figure as it is, for people who work with the people counted (their own
   * member's figures). Who that is, is decided in one place: outcomes' {@code Audience}.
   */
  public DisclosedTable unsuppressed(CountTable table) {
    Map<Position, Cell> cells = new LinkedHashMap<>();
    for (Position position : table.shape().positions()) {
      cells.put(position, new Cell(table.count(position), Reason.SHOWN));
    }
    return new DisclosedTable(table.shape(), cells);
  }

  /**
   * The first figure of another row that someone who knows {@code known} could work out. Totals
   * they work out are not counted: a total less their own is everyone else's together, which names
   * no other row's figure; where it does, that row's figure is itself found and protected.
   */
  private static Optional<Recovery.Finding> othersFigure(
      CountTable table, Set<Position> suppressed, Set<Position> known) {
    Set<Position> unknownToThem = new HashSet<>(suppressed);
    unknownToThem.removeAll(known);
    Set<Integer> ownRows = new HashSet<>();
    known.forEach(position -> ownRows.add(position.row()));
    return Recovery.of(table.shape(), table.counts(), unknownToThem).stream()
        .filter(finding -> finding.position().row() != Position.TOTAL)
        .filter(finding -> !ownRows.contains(finding.position().row()))
        .findFirst();
  }

  /** A count shown on its own, with no total beside it: only the primary rule and rounding. */
  public Cell disclose(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count cannot be negative: " + count);
    }
    return isSmall(count) ? Cell.suppressed(Reason.PRIMARY) : shown(count);
  }

  /**
   * The numerator as a percentage of the denominator, to {@code rate-decimals} places, suppressed
   * when either figure is. Made from the figures as shown, so with rounding on it says no more than
   * they do.
   */
  public Rate rate(Cell numerator, Cell denominator) {
    if (numerator.isSuppressed() || denominator.isSuppressed()) {
      return new Rate(null, Rate.Status.SUPPRESSED);
    }
    if (denominator.shown() == 0) {
      return new Rate(null, Rate.Status.NO_DENOMINATOR);
    }
    BigDecimal percent =
        BigDecimal.valueOf(numerator.shown())
            .multiply(BigDecimal.valueOf(100))
            .divide(
                BigDecimal.valueOf(denominator.shown()),
                settings.rateDecimals(),
                settings.roundingMode());
    boolean rounded =
        numerator.reason() == Reason.ROUNDED || denominator.reason() == Reason.ROUNDED;
    return new Rate(percent, rounded ? Rate.Status.FROM_ROUNDED_FIGURES : Rate.Status.SHOWN);
  }

  private boolean isSmall(int count) {
    return count >= 1 && count < settings.threshold();
  }

  private Cell shown(int count) {
    if (!settings.rounds()) {
      return new Cell(count, Reason.SHOWN);
    }
    BigDecimal unit = BigDecimal.valueOf(settings.roundTo());
    int rounded =
        BigDecimal.valueOf(count)
            .divide(unit, 0, settings.roundingMode())
            .multiply(unit)
            .intValueExact();
    return new Cell(rounded, Reason.ROUNDED);
  }

  /** The suppressions of one table as they grow. */
  private static final class Suppression {

    private final CountTable table;
    private final List<Relation> relations;
    private final Map<Position, List<Relation>> relationsOf = new HashMap<>();
    private final Map<Position, Integer> order = new HashMap<>();
    private final Map<Position, Reason> reasons = new LinkedHashMap<>();

    Suppression(CountTable table) {
      this.table = table;
      this.relations = table.shape().relations();
      for (Relation relation : relations) {
        for (Position member : relation.members()) {
          relationsOf.computeIfAbsent(member, p -> new ArrayList<>()).add(relation);
        }
      }
      for (Position position : table.shape().positions()) {
        order.put(position, order.size());
      }
    }

    /** Step 2: until no relation has exactly one suppressed figure, give each such a partner. */
    void partnerLoneFigures() {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Relation relation : relations) {
          if (suppressedIn(relation) == 1) {
            reasons.put(partner(relation.members()), Reason.SECONDARY);
            changed = true;
          }
        }
      }
    }

    /** Step 3: a figure Recovery can still work out gets one more suppressed figure beside it. */
    /** False when no figure is left to suppress beside it. */
    boolean protect(Position recoverable, Set<Position> known) {
      List<Position> beside = new ArrayList<>();
      for (Relation relation : relationsOf.getOrDefault(recoverable, List.of())) {
        beside.addAll(relation.members());
      }
      // Hiding figures the reader already knows protects nothing from them.
      beside.removeAll(known);
      Optional<Position> partner = smallestShown(beside);
      if (partner.isEmpty()) {
        // Every figure beside it is suppressed or zero: widen to every relation with a suppression.
        List<Position> wider = new ArrayList<>();
        for (Relation relation : relations) {
          if (suppressedIn(relation) > 0) {
            wider.addAll(relation.members());
          }
        }
        wider.removeAll(known);
        partner = smallestShown(wider);
      }
      if (partner.isEmpty()) {
        return false;
      }
      reasons.put(partner.get(), Reason.SECONDARY);
      return true;
    }

    /** The last resort: every figure but those the reader knows and the zeros is suppressed. */
    void suppressAllBut(Set<Position> known) {
      for (Position position : table.shape().positions()) {
        if (!known.contains(position) && table.count(position) > 0) {
          reasons.putIfAbsent(position, Reason.SECONDARY);
        }
      }
    }

    private Position partner(List<Position> members) {
      return smallestShown(members)
          .orElseThrow(
              () -> new IllegalStateException("a lone suppression with no figure to partner it"));
    }

    /**
     * The non-zero figure shown among these that partners the most lone suppressions at once (so
     * that suppressions close up in rectangles rather than spreading across the table), of those
     * the smallest, then a body cell before a total, then the first in the table, so the result is
     * the same every time.
     */
    private Optional<Position> smallestShown(List<Position> candidates) {
      Predicate<Position> shownNonZero = p -> !reasons.containsKey(p) && table.count(p) > 0;
      Comparator<Position> best =
          Comparator.<Position>comparingInt(this::loneRelations)
              .reversed()
              .thenComparingInt(table::count)
              .thenComparing(Position::isTotal)
              .thenComparingInt(order::get);
      return candidates.stream().filter(shownNonZero).distinct().min(best);
    }

    private int loneRelations(Position position) {
      int lone = 0;
      for (Relation relation : relationsOf.getOrDefault(position, List.of())) {
        if (suppressedIn(relation) == 1) {
          lone++;
        }
      }
      return lone;
    }

    private int suppressedIn(Relation relation) {
      int suppressed = 0;
      for (Position member : relation.members()) {
        if (reasons.containsKey(member)) {
          suppressed++;
        }
      }
      return suppressed;
    }
  }
}
