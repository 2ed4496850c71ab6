package org.alliance.outcomes.cohort;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.disclosure.Reason;

/**
 * A cohort as anyone may see it: its figures through the one disclosure rule. A cohort of fewer
 * people than the threshold shows no figure at all (with so few, even a count of 40 bed days is
 * about someone a reader may know); a figure below the threshold is suppressed; and a change is
 * shown only when both its figures are, made from them as shown, so with rounding on it says no
 * more than they do. Every route that shows a cohort's figures (pages, API, evaluation report) gets
 * them from here.
 */
public record ShownCohort(
    UUID id,
    String name,
    String description,
    Cell people,
    Span before,
    Span after,
    String source,
    List<Shown> figures,
    boolean tooFew) {

  /** A measure's figures as shown, and the change between them. */
  public record Shown(CohortMeasure measure, Cell before, Cell after, Change change) {

    public String beforeText() {
      return text(before);
    }

    public String afterText() {
      return text(after);
    }
  }

  /**
   * The change from before to after, as a percentage of before.
   *
   * @param percent null unless {@code status} is {@link Status#SHOWN}
   */
  public record Change(BigDecimal percent, Status status) {

    public enum Status {
      SHOWN,
      /** Either figure is suppressed. */
      SUPPRESSED,
      /** Nothing before, so no percentage: the figures say what happened. */
      FROM_ZERO
    }

    /** "-44.0%", "+12.5%", as a reader scans it, the sign always written. */
    public String text() {
      return switch (status) {
        case SHOWN -> (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
        case SUPPRESSED -> "Not shown: too few";
        case FROM_ZERO -> "None before";
      };
    }

    /** For a reader who does not read signs: "fewer", "more", "no change". */
    public String direction() {
      if (status != Status.SHOWN) {
        return "";
      }
      return switch (percent.signum()) {
        case -1 -> "fewer";
        case 1 -> "more";
        default -> "no change";
      };
    }
  }

  static ShownCohort of(Cohort cohort, Disclosure disclosure) {
    Cell people = disclosure.disclose(cohort.people());
    boolean tooFew = people.isSuppressed();
    List<Shown> figures =
        cohort.figures().stream()
            .map(figure -> tooFew ? hidden(figure.measure()) : shown(figure, disclosure))
            .toList();
    return new ShownCohort(
        cohort.id(),
        cohort.name(),
        cohort.description(),
        people,
        cohort.before(),
        cohort.after(),
        cohort.source(),
        figures,
        tooFew);
  }

  private static Shown hidden(CohortMeasure measure) {
    Cell none = new Cell(null, Reason.PRIMARY);
    return new Shown(measure, none, none, new Change(null, Change.Status.SUPPRESSED));
  }

  private static Shown shown(CohortFigure figure, Disclosure disclosure) {
    Cell before = disclosure.disclose(figure.before());
    Cell after = disclosure.disclose(figure.after());
    Change change;
    if (before.isSuppressed() || after.isSuppressed()) {
      change = new Change(null, Change.Status.SUPPRESSED);
    } else if (before.shown() == 0) {
      change = new Change(null, Change.Status.FROM_ZERO);
    } else {
      BigDecimal percent =
          BigDecimal.valueOf((long) after.shown() - before.shown())
              .multiply(BigDecimal.valueOf(100))
              .divide(
                  BigDecimal.valueOf(before.shown()),
                  disclosure.settings().rateDecimals(),
                  disclosure.settings().roundingMode());
      change = new Change(percent, Change.Status.SHOWN);
    }
    return new Shown(figure.measure(), before, after, change);
  }

  /** How many figures are not shown, for the page's legend. */
  public long suppressedFigures() {
    return figures.stream()
        .mapToLong(f -> (f.before().isSuppressed() ? 1 : 0) + (f.after().isSuppressed() ? 1 : 0))
        .sum();
  }

  public String peopleText() {
    return people.isSuppressed()
        ? "Not shown: too few people"
        : String.format("%,d", people.shown());
  }

  public static String text(Cell cell) {
    return cell.isSuppressed() ? "Not shown" : String.format("%,d", cell.shown());
  }
}
