package org.alliance.needs.view;

import java.util.List;
import org.alliance.directory.Provision;
import org.alliance.needs.statistics.Comparison;

/**
 * Need, provision and results for an area in three lines, so a gap reads as "high need, little
 * provision, poor results" rather than a guess.
 *
 * @param higherThanEngland the indicators significantly higher than England's, by name
 * @param compared how many indicators could be compared with England
 * @param gaps the needs no directory service reaches, or null when the area has no towns to place
 *     services in
 * @param needs how many needs the directory counts
 * @param worse the results significantly worse than the alliance's as a whole, by name
 * @param results how many results could be compared
 */
public record Glance(
    List<String> higherThanEngland,
    long compared,
    List<String> gaps,
    int needs,
    List<String> worse,
    long results) {

  static Glance of(
      List<IndicatorRow> rows,
      List<Provision.NeedProvision> provision,
      AreaOutcomes.Results outcomes) {
    return new Glance(
        rows.stream()
            .filter(row -> row.toEngland() == Comparison.HIGHER)
            .map(IndicatorRow::name)
            .distinct()
            .toList(),
        rows.stream().filter(row -> row.toEngland() != Comparison.NOT_COMPARED).count(),
        provision == null
            ? null
            : provision.stream()
                .filter(need -> need.total() == 0)
                .map(Provision.NeedProvision::need)
                .toList(),
        provision == null ? 0 : provision.size(),
        outcomes.results().stream()
            .filter(result -> result.against() == AreaOutcomes.Against.WORSE)
            .map(result -> result.outcome().name())
            .toList(),
        outcomes.results().stream()
            .filter(result -> result.against() != AreaOutcomes.Against.NOT_COMPARED)
            .count());
  }
}
