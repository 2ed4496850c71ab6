package org.alliance.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.alliance.needs.IndicatorImports;

/**
 * A county with many wards for the needs page's benchmark: {@value #WARDS} made-up wards spread
 * over the demo county's towns, each with two of the demo's indicators over three periods and a
 * year of population by single year of age, all put in through the needs importer, as a council
 * would.
 */
final class NeedsWards {

  static final int WARDS = 100;
  static final String COUNTY = "X10000001";
  private static final List<String> TOWNS =
      List.of("X99000001", "X99000002", "X99000003", "X99000004");
  private static final List<String> PERIODS = List.of("2021/22", "2022/23", "2023/24");

  private NeedsWards() {}

  /** The code of the {@code n}th generated ward, from 1. */
  static String code(int n) {
    return "X05%06d".formatted(100 + n);
  }

  /** Writes the wards' figures through the importer; the import reports' first lines. */
  static List<String> add(IndicatorImports imports, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder profiles = new StringBuilder(NeedsBench.HEADER).append('\n');
    StringBuilder population = new StringBuilder("area_code,year,sex,age,people\n");
    for (int n = 1; n <= WARDS; n++) {
      String ward = code(n);
      String town = TOWNS.get(n % TOWNS.size());
      long people = 0;
      for (int age = 0; age <= 90; age++) {
        int atAge = 20 + random.nextInt(80);
        people += atAge;
        population.append("%s,2023,Persons,%d,%d\n".formatted(ward, age, atAge));
      }
      for (int p = 0; p < PERIODS.size(); p++) {
        String period = PERIODS.get(p);
        String sortable = period.substring(0, 4) + "0000";
        long admissions = 10 + random.nextInt(60);
        profiles.append(
            row(
                "92906",
                "\"Admission episodes for alcohol-related conditions (Narrow), per 100,000 (made-up figures)\"",
                town,
                ward,
                n,
                "All ages",
                period,
                String.format(Locale.ROOT, "%.1f", admissions * 100_000.0 / people),
                admissions,
                people,
                sortable));
        long completions = 5 + random.nextInt(20);
        long inTreatment = completions + 10 + random.nextInt(30);
        profiles.append(
            row(
                "90244",
                "\"Successful completion of alcohol treatment, % (made-up figures)\"",
                town,
                ward,
                n,
                "18+ yrs",
                period,
                String.format(Locale.ROOT, "%.1f", completions * 100.0 / inTreatment),
                completions,
                inTreatment,
                sortable));
      }
    }
    return List.of(
        imports
            .importFile("bench-wards-profiles.csv", reader(profiles), "bench-commissioning")
            .lines()
            .get(0),
        imports
            .importFile("bench-wards-population.csv", reader(population), "bench-commissioning")
            .lines()
            .get(0));
  }

  private static String row(
      String indicator,
      String name,
      String town,
      String ward,
      int n,
      String age,
      String period,
      String value,
      long count,
      long denominator,
      String sortable) {
    return String.join(
            ",",
            indicator,
            name,
            town,
            "Town",
            ward,
            "Bench Ward " + n,
            "Wards",
            "Persons",
            age,
            "",
            "",
            period,
            value,
            "",
            "",
            "",
            "",
            Long.toString(count),
            Long.toString(denominator),
            "",
            "",
            "",
            "",
            sortable,
            "",
            "",
            "1y")
        + "\n";
  }

  private static BufferedReader reader(CharSequence text) {
    return new BufferedReader(new StringReader(text.toString()));
  }
}
