package org.alliance.needs.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alliance.AllianceTest;
import org.alliance.needs.IndicatorImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two people import the same file at the same moment: both imports succeed, one after the other,
 * and between them they say each row was new once; the values are held once.
 */
@AllianceTest
class ConcurrentImportsTests {

  private static final String HEADER =
      "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,"
          + "Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,"
          + "Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
          + "Compared to England value or percentiles,Compared to percentiles,Time period Sortable,"
          + "New data,Compared to goal,Time period range\n";

  private static final String FILE =
      HEADER + row("2021/22", 10) + row("2022/23", 20) + row("2023/24", 30);

  @Autowired IndicatorImports imports;
  @Autowired JdbcClient jdbc;

  @Test
  void twoImportsAtOnceRunOneAfterTheOtherAndCountEachRowNewOnce() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> firstLines = new ArrayList<>();
    try {
      List<Future<IndicatorImports.Report>> running =
          List.of(pool.submit(() -> run(together, "a")), pool.submit(() -> run(together, "b")));
      for (Future<IndicatorImports.Report> report : running) {
        assertThat(report.get().imported()).as(report.get().lines().toString()).isTrue();
        firstLines.add(report.get().lines().get(0));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(firstLines)
        .anySatisfy(line -> assertThat(line).contains("3 new, 0 changed, 0 as they were"))
        .anySatisfy(line -> assertThat(line).contains("0 new, 0 changed, 3 as they were"));
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from needs.indicator_value v
                      join needs.indicator i on i.id = v.indicator_id
                     where i.source = 'profiles' and i.code = '99901'
                    """)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  private static String row(String period, int count) {
    return "99901,Concurrent test indicator,,,E92000001,England,England,Persons,All ages,,,"
        + period
        + ","
        + count
        + ",,,,,"
        + count
        + ",100000,,,,,"
        + period.substring(0, 4)
        + "0000,,,1y\n";
  }

  private IndicatorImports.Report run(CyclicBarrier together, String who) throws Exception {
    together.await();
    return imports.importFile(
        "concurrent.csv", new BufferedReader(new StringReader(FILE)), "test " + who);
  }
}
