package org.alliance.support.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The journey chart at its design size: 20 goals of 20 ratings stay readable without colour. */
class JourneyChartTests {

  private static List<Goal> goals(int count, int ratings, int sameScore) {
    List<Goal> goals = new ArrayList<>();
    LocalDate start = LocalDate.of(2025, 1, 6);
    for (int g = 0; g < count; g++) {
      UUID id = UUID.randomUUID();
      List<Rating> history = new ArrayList<>();
      for (int r = 0; r < ratings; r++) {
        int score = sameScore > 0 ? sameScore : 1 + (g + r) % 10;
        history.add(
            new Rating(
                UUID.randomUUID(), id, start.plusWeeks(3L * r), score, InWordsOf.PERSON, null));
      }
      goals.add(
          new Goal(
              id,
              UUID.randomUUID(),
              "Housing",
              "Goal number " + g,
              InWordsOf.PERSON,
              GoalStatus.WORKING_ON,
              null,
              start,
              null,
              0,
              List.of(),
              history));
    }
    return goals;
  }

  @Test
  void twentyGoalsEachHaveTheirOwnMarkerAndALabelThatOverlapsNoOther() {
    // Every line ends on the same score: the worst case for labels.
    JourneyChart chart = JourneyChart.of(goals(20, 20, 7));
    assertThat(chart.series()).hasSize(20);
    Set<String> markers = new HashSet<>();
    chart.series().forEach(s -> markers.add(s.marker()));
    assertThat(markers).as("marker and line pattern per goal").hasSize(20);
    List<Double> labels =
        chart.series().stream().map(JourneyChart.Series::labelY).sorted().toList();
    for (int i = 1; i < labels.size(); i++) {
      assertThat(labels.get(i) - labels.get(i - 1))
          .isGreaterThanOrEqualTo(JourneyChart.LABEL_GAP - 0.001);
    }
    assertThat(labels.get(0)).isGreaterThanOrEqualTo(JourneyChart.TOP);
    assertThat(labels.get(labels.size() - 1)).isLessThanOrEqualTo(JourneyChart.BOTTOM + 4);
    chart.series().forEach(s -> assertThat(s.points()).hasSize(20));
    assertThat(chart.series().get(0).tag()).isEqualTo("G1");
    assertThat(chart.series().get(19).tag()).isEqualTo("G20");
  }

  @Test
  void scoresMapOntoTheScaleAndDatesAlongIt() {
    JourneyChart chart = JourneyChart.of(goals(1, 2, 0));
    JourneyChart.Series only = chart.series().get(0);
    assertThat(only.points().get(0).x()).isEqualTo(JourneyChart.LEFT);
    assertThat(only.points().get(1).x()).isEqualTo(JourneyChart.RIGHT);
    assertThat(JourneyChart.y(1)).isEqualTo(JourneyChart.BOTTOM);
    assertThat(JourneyChart.y(10)).isEqualTo(JourneyChart.TOP);
    assertThat(chart.yTicks()).hasSize(10);
    assertThat(JourneyChart.of(List.of()).empty()).isTrue();
  }
}
