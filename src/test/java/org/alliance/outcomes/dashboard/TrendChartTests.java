package org.alliance.outcomes.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alliance.outcomes.disclosure.Rate;
import org.junit.jupiter.api.Test;

/** The trend chart's geometry: scale, spacing, gaps where figures are withheld, words. */
class TrendChartTests {

  private static Rate shown(String percent) {
    return new Rate(new BigDecimal(percent), Rate.Status.SHOWN);
  }

  private static final Rate WITHHELD = new Rate(null, Rate.Status.SUPPRESSED);
  private static final Rate NONE = new Rate(null, Rate.Status.NO_DENOMINATOR);

  @Test
  void theScaleRunsFromZeroToTheLargestFigureOrTargetRoundedUpToTen() {
    assertThat(TrendChart.scaleFor(0)).isEqualTo(10);
    assertThat(TrendChart.scaleFor(10)).isEqualTo(10);
    assertThat(TrendChart.scaleFor(10.1)).isEqualTo(20);
    assertThat(TrendChart.scaleFor(99.5)).isEqualTo(100);

    TrendChart chart =
        TrendChart.of(
            "Rate",
            List.of("2026-01", "2026-02"),
            List.of(new TrendChart.Input("The alliance", List.of(shown("0"), shown("37.5")))),
            new BigDecimal("15"),
            "lower");
    assertThat(chart.yTicks())
        .extracting(TrendChart.Tick::label)
        .containsExactly("0%", "8%", "16%", "24%", "32%", "40%");
    assertThat(chart.yTicks().get(0).position()).isEqualTo(TrendChart.BOTTOM);
    assertThat(chart.yTicks().get(5).position()).isEqualTo(chart.top());
    List<TrendChart.Point> points = chart.series().get(0).points();
    assertThat(points.get(0).y()).isEqualTo(TrendChart.BOTTOM);
    // 37.5 of 40 up the plot
    int expected =
        (int) Math.round(TrendChart.BOTTOM - 37.5 * (TrendChart.BOTTOM - chart.top()) / 40);
    assertThat(points.get(1).y()).isEqualTo(expected);
    // The target's line sits at 15 of 40.
    assertThat(chart.target().y())
        .isEqualTo(
            (int) Math.round(TrendChart.BOTTOM - 15 * (TrendChart.BOTTOM - chart.top()) / 40.0));
    assertThat(chart.target().label()).isEqualTo("Target 15%");
  }

  @Test
  void aFigureBelowZeroExtendsTheScaleDownwards() {
    TrendChart chart =
        TrendChart.of(
            "Change",
            List.of("m1", "m2"),
            List.of(new TrendChart.Input("A", List.of(shown("-12"), shown("18")))),
            null,
            "higher");
    assertThat(chart.yTicks())
        .extracting(TrendChart.Tick::label)
        .containsExactly("-20%", "-12%", "-4%", "4%", "12%", "20%");
    assertThat(chart.series().get(0).points())
        .allSatisfy(p -> assertThat(p.y()).isBetween(chart.top(), TrendChart.BOTTOM));
  }

  @Test
  void periodsAreEvenlySpacedInsideThePlotAndOneSitsInTheMiddle() {
    List<String> periods = List.of("2026-Q1", "2026-Q2", "2026-Q3");
    TrendChart chart =
        TrendChart.of(
            "Rate",
            periods,
            List.of(new TrendChart.Input("A", List.of(shown("1"), shown("2"), shown("3")))),
            null,
            "higher");
    List<Integer> xs = chart.series().get(0).points().stream().map(TrendChart.Point::x).toList();
    assertThat(xs.get(0)).isEqualTo(TrendChart.LEFT + TrendChart.PAD);
    assertThat(xs.get(2)).isEqualTo(TrendChart.RIGHT - TrendChart.PAD);
    assertThat(xs.get(1) - xs.get(0)).isEqualTo(xs.get(2) - xs.get(1));
    assertThat(chart.target()).isNull();

    TrendChart one =
        TrendChart.of(
            "Rate",
            List.of("2026"),
            List.of(new TrendChart.Input("A", List.of(shown("5")))),
            null,
            "higher");
    assertThat(one.series().get(0).points().get(0).x())
        .isEqualTo((TrendChart.LEFT + TrendChart.RIGHT) / 2);
  }

  @Test
  void aWithheldPeriodBreaksTheLineAndIsMarkedOnTheAxis() {
    TrendChart chart =
        TrendChart.of(
            "Rate",
            List.of("m1", "m2", "m3", "m4", "m5"),
            List.of(
                new TrendChart.Input(
                    "The alliance",
                    List.of(shown("10"), shown("20"), WITHHELD, shown("30"), NONE))),
            null,
            "lower");
    TrendChart.Series series = chart.series().get(0);
    assertThat(series.segments()).hasSize(2);
    assertThat(series.segments().get(0).split(" ")).hasSize(2);
    assertThat(series.segments().get(1).split(" ")).hasSize(1);
    assertThat(series.points().get(2).shown()).isFalse();
    assertThat(chart.withheld())
        .extracting(TrendChart.Withheld::mark)
        .containsExactly("[c]", "[z]");
    assertThat(chart.withheld().get(0).x()).isEqualTo(series.points().get(2).x());
    assertThat(chart.description())
        .contains("5 periods, m1 to m5")
        .contains("3 points shown, 2 withheld")
        .contains("Latest shown for The alliance: 30%")
        .contains("The table beside the chart gives every figure");
  }

  @Test
  void aSecondSeriesIsDashedWithItsLabelsBelowItsPoints() {
    TrendChart chart =
        TrendChart.of(
            "Rate",
            List.of("m1", "m2"),
            List.of(
                new TrendChart.Input("The alliance", List.of(shown("10"), shown("20"))),
                new TrendChart.Input("Open Road", List.of(WITHHELD, shown("25")))),
            new BigDecimal("20"),
            "lower");
    assertThat(chart.series().get(0).dashed()).isFalse();
    assertThat(chart.series().get(1).dashed()).isTrue();
    assertThat(chart.series().get(0).labelOffset()).isNegative();
    assertThat(chart.series().get(1).labelOffset()).isPositive();
    // Legend: a row per series and one for the target, above the plot.
    assertThat(chart.target().legendY()).isGreaterThan(chart.series().get(1).legendY());
    assertThat(chart.top()).isGreaterThan(chart.target().legendY());
    assertThat(chart.description())
        .contains("The alliance and Open Road")
        .contains("Target 20%, lower is better");
  }

  @Test
  void manyPeriodsAreLabelledOnlyEveryFewAndNotByValue() {
    List<String> twelve = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      twelve.add("m" + i);
    }
    Rate[] fives = new Rate[12];
    Arrays.fill(fives, shown("5"));
    TrendChart year =
        TrendChart.of(
            "Rate",
            twelve,
            List.of(new TrendChart.Input("A", Arrays.asList(fives))),
            null,
            "lower");
    assertThat(year.xLabels())
        .extracting(TrendChart.Tick::label)
        .containsExactly("m0", "m2", "m4", "m6", "m8", "m10");
    assertThat(year.series().get(0).points())
        .allSatisfy(p -> assertThat(p.label()).isEqualTo("5%"));
    TrendChart two =
        TrendChart.of(
            "Rate",
            twelve,
            List.of(
                new TrendChart.Input("A", Arrays.asList(fives)),
                new TrendChart.Input("B", Arrays.asList(fives))),
            null,
            "lower");
    assertThat(two.series())
        .allSatisfy(s -> assertThat(s.points()).allSatisfy(p -> assertThat(p.label()).isNull()));

    List<String> periods = new ArrayList<>();
    Rate[] rates = new Rate[36];
    for (int i = 0; i < 36; i++) {
      periods.add("p" + i);
      rates[i] = shown("5");
    }
    TrendChart chart =
        TrendChart.of(
            "Rate",
            periods,
            List.of(new TrendChart.Input("A", Arrays.asList(rates))),
            null,
            "lower");
    assertThat(chart.xLabels()).hasSize(8);
    assertThat(chart.series().get(0).points()).allSatisfy(p -> assertThat(p.label()).isNull());
  }
}
