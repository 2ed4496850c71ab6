package org.alliance.needs.view;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.areas.Area;
import org.alliance.areas.AreaKind;
import org.alliance.areas.AreaTree;
import org.alliance.needs.statistics.Comparison;
import org.alliance.needs.statistics.Confidence;
import org.alliance.needs.statistics.Interval;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An area's needs: its population by age band, and each indicator at its latest period with its
 * interval, compared with the nearest area above it that has the figure and with England, and its
 * trend. A count about people from 1 to the disclosure threshold less one is withheld, as the
 * outcomes framework withholds it.
 */
@Component
public class AreaNeeds {

  static final String ENGLAND = "E92000001";

  /** Age bands for population, split where services change hands. */
  static final List<int[]> BANDS =
      List.of(new int[] {0, 17}, new int[] {18, 24}, new int[] {25, 64}, new int[] {65, 90});

  private final JdbcClient jdbc;
  private final int threshold;

  AreaNeeds(JdbcClient jdbc, @Value("${alliance.outcomes.disclosure.threshold:5}") int threshold) {
    this.jdbc = jdbc;
    this.threshold = threshold;
  }

  /**
   * The towns whose services serve an area: the towns within it, or, for a ward, the town it lies
   * in (the directory places services by town).
   */
  public static List<String> townsOf(AreaTree tree, Area area) {
    if (area.kind() == AreaKind.WARD) {
      return tree.ancestors(area).stream()
          .filter(up -> up.kind() == AreaKind.TOWN)
          .limit(1)
          .map(Area::name)
          .toList();
    }
    return tree.within(area, AreaKind.TOWN).stream().map(Area::name).toList();
  }

  /** People in an age band, in the latest year the area has estimates for. */
  public record Band(String label, long people) {}

  public record Population(Integer year, List<Band> bands, long total) {}

  public Population population(Area area) {
    Integer year =
        jdbc.sql("select max(year) from needs.population where area_code = ? and sex = 'Persons'")
            .param(area.code())
            .query(Integer.class)
            .optional()
            .orElse(null);
    if (year == null) {
      return new Population(null, List.of(), 0);
    }
    List<Band> bands = new ArrayList<>();
    long total = 0;
    for (int[] band : BANDS) {
      BigDecimal people =
          jdbc.sql(
                  """
                  select coalesce(sum(people), 0) from needs.population
                   where area_code = ? and year = ? and sex = 'Persons' and age between ? and ?
                  """)
              .params(area.code(), year, band[0], band[1])
              .query(BigDecimal.class)
              .single();
      String label = band[1] == 90 ? band[0] + " and over" : band[0] + " to " + band[1];
      bands.add(new Band(label, people.longValue()));
      total += people.longValue();
    }
    return new Population(year, bands, total);
  }

  public List<IndicatorRow> indicators(AreaTree tree, Area area) {
    List<Area> above = tree.ancestors(area);
    List<String> codes = new ArrayList<>();
    codes.add(area.code());
    above.forEach(a -> codes.add(a.code()));
    if (!codes.contains(ENGLAND)) {
      codes.add(ENGLAND);
    }
    Map<String, Map<String, Figure>> byArea = new LinkedHashMap<>();
    jdbc.sql(
            """
            select i.code, i.name, i.unit, i.per, v.area_code, v.sex, v.age, v.period, v.period_order,
                   v.value, v.lower95, v.upper95, v.count, v.denominator, v.value_note,
                   m.file_name || ', imported ' || to_char(m.imported_at at time zone 'Europe/London', 'FMDD Mon YYYY') as source
              from needs.indicator_value v join needs.indicator i on i.id = v.indicator_id
              join needs.indicator_import m on m.id = v.import_id
             where v.area_code = any(:codes)
             order by i.name, v.sex, v.age, v.period_order, v.period
            """)
        .param("codes", codes.toArray(String[]::new))
        .query(
            (ResultSet rs) -> {
              Figure figure = figure(rs);
              byArea
                  .computeIfAbsent(rs.getString("area_code"), k -> new LinkedHashMap<>())
                  .put(figure.key(), figure);
            });
    Map<String, Figure> own = byArea.getOrDefault(area.code(), Map.of());
    Map<String, List<Figure>> series = new LinkedHashMap<>();
    own.values().forEach(f -> series.computeIfAbsent(f.series(), k -> new ArrayList<>()).add(f));
    List<IndicatorRow> rows = new ArrayList<>();
    for (List<Figure> figures : series.values()) {
      Figure latest = figures.get(figures.size() - 1);
      Interval interval = withheld(latest) == null ? latest.interval() : null;
      String parentName = null;
      Comparison toParent = Comparison.NOT_COMPARED;
      for (Area up : above) {
        Figure theirs = byArea.getOrDefault(up.code(), Map.of()).get(latest.key());
        if (theirs != null && theirs.value() != null) {
          parentName = up.name();
          toParent = Comparison.of(interval, theirs.value().doubleValue());
          break;
        }
      }
      Figure england =
          area.code().equals(ENGLAND)
              ? null
              : byArea.getOrDefault(ENGLAND, Map.of()).get(latest.key());
      List<IndicatorRow.Point> trend = new ArrayList<>();
      List<IndicatorRow.Point> englandTrend = new ArrayList<>();
      Map<String, Figure> englands = byArea.getOrDefault(ENGLAND, Map.of());
      for (Figure figure : figures) {
        trend.add(point(figure));
        Figure theirs = englands.get(figure.key());
        if (theirs != null && !area.code().equals(ENGLAND)) {
          englandTrend.add(point(theirs));
        }
      }
      rows.add(
          new IndicatorRow(
              latest.code(),
              latest.name(),
              latest.unitWords(),
              latest.sex(),
              latest.age(),
              latest.period(),
              interval,
              withheld(latest),
              parentName,
              toParent,
              england == null || england.value() == null
                  ? Comparison.NOT_COMPARED
                  : Comparison.of(interval, england.value().doubleValue()),
              trend,
              englandTrend,
              latest.source()));
    }
    return rows;
  }

  private IndicatorRow.Point point(Figure figure) {
    boolean shown = withheld(figure) == null && figure.value() != null;
    return new IndicatorRow.Point(
        figure.period(),
        shown ? Interval.round(figure.value().doubleValue(), 1) : "\u2013",
        shown ? figure.value().doubleValue() : null);
  }

  /** Why a figure is not shown: a small count about people, or the publisher's own note. */
  private String withheld(Figure figure) {
    if (figure.count() != null
        && figure.count().signum() > 0
        && figure.count().compareTo(BigDecimal.valueOf(threshold)) < 0) {
      return "Fewer than " + threshold + ": not shown";
    }
    if (figure.value() == null) {
      return figure.note() == null ? "No value" : figure.note();
    }
    return null;
  }

  private static Figure figure(ResultSet rs) throws SQLException {
    return new Figure(
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("unit"),
        (Integer) rs.getObject("per"),
        rs.getString("sex"),
        rs.getString("age"),
        rs.getString("period"),
        rs.getBigDecimal("value"),
        rs.getBigDecimal("lower95"),
        rs.getBigDecimal("upper95"),
        rs.getBigDecimal("count"),
        rs.getBigDecimal("denominator"),
        rs.getString("value_note"),
        rs.getString("source"));
  }

  /** One stored value, as read. */
  record Figure(
      String code,
      String name,
      String unit,
      Integer per,
      String sex,
      String age,
      String period,
      BigDecimal value,
      BigDecimal lower95,
      BigDecimal upper95,
      BigDecimal count,
      BigDecimal denominator,
      String note,
      String source) {

    String series() {
      return String.join("\u0000", code, sex, age);
    }

    String key() {
      return String.join("\u0000", code, sex, age, period);
    }

    String unitWords() {
      return switch (unit) {
        case "rate" -> "per " + String.format("%,d", per == null ? 100_000 : per);
        case "percentage" -> "%";
        default -> "";
      };
    }

    /**
     * The value with its 95% interval: worked out the standard way from the count and denominator
     * where the file gives them, otherwise the limits as published.
     */
    Interval interval() {
      if (value == null) {
        return null;
      }
      boolean counted =
          count != null
              && denominator != null
              && denominator.signum() > 0
              && count.signum() >= 0
              && count.stripTrailingZeros().scale() <= 0;
      if (counted && unit.equals("rate")) {
        return Confidence.byar(
            count.longValueExact(),
            denominator.doubleValue(),
            per == null ? 100_000 : per,
            Confidence.Z95);
      }
      if (counted
          && unit.equals("percentage")
          && count.compareTo(denominator) <= 0
          && denominator.stripTrailingZeros().scale() <= 0) {
        return Confidence.wilson(
            count.longValueExact(), denominator.longValueExact(), Confidence.Z95);
      }
      if (lower95 != null && upper95 != null) {
        return new Interval(
            value.doubleValue(), lower95.doubleValue(), upper95.doubleValue(), "as published");
      }
      return Interval.without(value.doubleValue());
    }
  }
}
