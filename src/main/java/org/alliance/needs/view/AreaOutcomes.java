package org.alliance.needs.view;

import java.util.List;
import org.alliance.areas.Area;
import org.alliance.areas.AreaTree;
import org.alliance.needs.statistics.Comparison;
import org.alliance.needs.statistics.Confidence;
import org.alliance.needs.statistics.Interval;
import org.alliance.outcomes.PlaceOutcomes;
import org.alliance.outcomes.PlaceOutcomes.PlaceOutcome;
import org.springframework.stereotype.Component;

/**
 * The outcomes framework's results for an area, from the postcode districts placed in it: a ward
 * has none of its own (postcode districts are larger), so it is given the nearest area above it
 * that has some, and says so.
 */
@Component
public class AreaOutcomes {

  private final PlaceOutcomes outcomes;

  AreaOutcomes(PlaceOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  /**
   * @param place the area the results are counted for, or null when no postcode district is placed
   *     in the area or above it
   * @param districts its postcode districts
   */
  public record Results(Area place, List<String> districts, List<Result> results) {}

  /** How a place's result compares with the alliance's as a whole, the better way round. */
  public enum Against {
    BETTER("Significantly better"),
    SIMILAR("Similar"),
    WORSE("Significantly worse"),
    NOT_COMPARED("Not compared");

    private final String words;

    Against(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }

    static Against of(Comparison comparison, String better) {
      boolean higherIsBetter = !"lower".equals(better);
      return switch (comparison) {
        case HIGHER -> higherIsBetter ? BETTER : WORSE;
        case LOWER -> higherIsBetter ? WORSE : BETTER;
        case SIMILAR -> SIMILAR;
        case NOT_COMPARED -> NOT_COMPARED;
      };
    }
  }

  /**
   * One indicator's result.
   *
   * @param interval the percentage with Wilson's 95% interval, or null when withheld or no one was
   *     counted
   */
  public record Result(PlaceOutcome outcome, Interval interval, Against against) {

    /** The result in words: "62.5% (40.9% to 79.9%), 10 of 16", or why there is none. */
    public String shown() {
      if (outcome.withheld()) {
        return "Withheld: a small number";
      }
      if (outcome.denominator() == null || outcome.denominator() == 0) {
        return "No one counted";
      }
      if (interval == null) {
        // Only figures rounded for disclosure leave more counted than counted among.
        return "%s%%, %,d of %,d (rounded figures: no interval)"
            .formatted(
                outcome.percent().toPlainString(), outcome.numerator(), outcome.denominator());
      }
      // The percentage as the outcomes framework rounds it; the limits are needs' own.
      return "%s%% (%s%% to %s%%), %,d of %,d"
          .formatted(
              outcome.percent().toPlainString(),
              Interval.round(interval.lower(), 1),
              Interval.round(interval.upper(), 1),
              outcome.numerator(),
              outcome.denominator());
    }
  }

  public Results of(AreaTree tree, Area area) {
    Area place = area;
    List<String> districts = tree.postcodeDistricts(area);
    for (Area up : tree.ancestors(area)) {
      if (!districts.isEmpty()) {
        break;
      }
      place = up;
      districts = tree.postcodeDistricts(up);
    }
    if (districts.isEmpty()) {
      return new Results(null, List.of(), List.of());
    }
    List<Result> results = outcomes.in(districts).stream().map(AreaOutcomes::result).toList();
    return new Results(place, districts, results);
  }

  private static Result result(PlaceOutcome outcome) {
    // Figures rounded for disclosure can leave more counted than counted among: no interval then.
    if (outcome.withheld()
        || outcome.denominator() == null
        || outcome.denominator() == 0
        || outcome.numerator() > outcome.denominator()) {
      return new Result(outcome, null, Against.NOT_COMPARED);
    }
    Interval interval =
        Confidence.wilson(outcome.numerator(), outcome.denominator(), Confidence.Z95);
    Double alliance =
        outcome.alliancePercent() == null ? null : outcome.alliancePercent().doubleValue();
    return new Result(
        outcome, interval, Against.of(Comparison.of(interval, alliance), outcome.better()));
  }
}
