package org.alliance.needs.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.alliance.AllianceTest;
import org.alliance.areas.Area;
import org.alliance.areas.AreaTree;
import org.alliance.areas.Areas;
import org.alliance.needs.statistics.Comparison;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's made-up figures, read back as the needs page shows them: intervals worked out from the
 * counts (checked against values worked by hand), compared with the area above and England, trends
 * oldest first, small counts withheld, population by age band.
 */
@AllianceTest
class AreaNeedsTests {

  private static final String ADMISSIONS = "92906";
  private static final String COMPLETIONS = "90244";

  @Autowired AreaNeeds needs;
  @Autowired Areas areas;
  @Autowired JdbcClient jdbc;

  @Test
  void aRateHasByarsIntervalFromItsCountAndIsComparedUpAndWithEngland() {
    AreaTree tree = areas.tree();
    IndicatorRow county = row(tree, "X10000001", ADMISSIONS);
    // 2,999 admissions among 520,000 people in 2023/24: 576.7 (556.272 to 597.749) per 100,000.
    assertThat(county.period()).isEqualTo("2023/24");
    assertThat(county.interval().value()).isCloseTo(576.73, within(0.01));
    assertThat(county.interval().lower()).isCloseTo(556.272, within(0.001));
    assertThat(county.interval().upper()).isCloseTo(597.749, within(0.001));
    assertThat(county.interval().method()).isEqualTo("Byar's method");
    assertThat(county.shown()).isEqualTo("576.7 (556.3 to 597.7) per 100,000");
    assertThat(county.parentName()).isEqualTo("Middle Marches");
    assertThat(county.toParent()).isEqualTo(Comparison.HIGHER);
    assertThat(county.toEngland()).isEqualTo(Comparison.HIGHER);
    assertThat(county.trend())
        .extracting(IndicatorRow.Point::period)
        .containsExactly("2021/22", "2022/23", "2023/24");

    IndicatorRow district = row(tree, "X07000001", ADMISSIONS);
    assertThat(district.parentName()).isEqualTo("Brackenshire");
    assertThat(district.toParent()).isEqualTo(Comparison.HIGHER);
  }

  @Test
  void aPercentageHasWilsonsIntervalAndCanBeSimilar() {
    IndicatorRow county = row(areas.tree(), "X10000001", COMPLETIONS);
    // 152 of 468: 32.5% (28.393% to 36.849%); England's 36.2% lies inside, so similar.
    assertThat(county.interval().lower()).isCloseTo(28.393, within(0.001));
    assertThat(county.interval().upper()).isCloseTo(36.849, within(0.001));
    assertThat(county.interval().method()).isEqualTo("Wilson's score method");
    assertThat(county.toEngland()).isEqualTo(Comparison.SIMILAR);
  }

  @Test
  void aSmallCountIsWithheldAndNotCompared() {
    String indicator =
        jdbc.sql(
                "insert into needs.indicator (source, code, name, unit, per) values ('local', ?, 'Test small count', 'rate', 100000) returning id::text")
            .param("small-" + System.nanoTime())
            .query(String.class)
            .single();
    String importId =
        jdbc.sql(
                "insert into needs.indicator_import (file_name, kind, rows, created, replaced, imported_by) values ('t', 'local', 1, 1, 0, 'test') returning id::text")
            .query(String.class)
            .single();
    jdbc.sql(
            """
            insert into needs.indicator_value (indicator_id, area_code, sex, age, period, period_order,
                   value, count, denominator, import_id)
            values (cast(? as uuid), 'X07000002', 'Persons', 'All ages', '2024/25', 2024, 0.9, 3, 340000, cast(? as uuid))
            """)
        .params(indicator, importId)
        .update();
    try {
      IndicatorRow small =
          needs.indicators(areas.tree(), area("X07000002")).stream()
              .filter(r -> r.name().equals("Test small count"))
              .findFirst()
              .orElseThrow();
      assertThat(small.interval()).isNull();
      assertThat(small.shown()).isEqualTo("Fewer than 5: not shown");
      assertThat(small.toEngland()).isEqualTo(Comparison.NOT_COMPARED);
      assertThat(small.trend()).extracting(IndicatorRow.Point::value).containsExactly("\u2013");
    } finally {
      jdbc.sql("delete from needs.indicator where id = cast(? as uuid)").param(indicator).update();
    }
  }

  @Test
  void populationByAgeBandAddsUp() {
    AreaNeeds.Population people = needs.population(area("X10000001"));
    assertThat(people.year()).isEqualTo(2023);
    assertThat(people.bands())
        .extracting(AreaNeeds.Band::label)
        .containsExactly("0 to 17", "18 to 24", "25 to 64", "65 and over");
    assertThat(people.bands().stream().mapToLong(AreaNeeds.Band::people).sum())
        .isEqualTo(people.total());
    assertThat(people.total()).isBetween(519_000L, 521_000L);
    assertThat(needs.population(area("X99000004")).year()).isNull();
  }

  private IndicatorRow row(AreaTree tree, String areaCode, String indicator) {
    List<IndicatorRow> rows = needs.indicators(tree, area(areaCode));
    return rows.stream()
        .filter(r -> r.code().equals(indicator))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + indicator + " in " + areaCode));
  }

  private Area area(String code) {
    return areas.tree().byCode(code).orElseThrow();
  }
}
