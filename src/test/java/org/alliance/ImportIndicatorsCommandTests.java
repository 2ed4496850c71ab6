package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.alliance.database.SchemaOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * {@code alliance import-indicators}, pointed at the test application's database: a file with bad
 * rows is refused with each row's line and nothing written; the profiles' export is imported, and
 * importing it again changes nothing; a later file with a changed value replaces only that value.
 */
@AllianceTest
class ImportIndicatorsCommandTests {

  @Autowired DataSource dataSource;
  @Autowired SchemaOwner schemaOwner;
  @Autowired JdbcClient jdbc;

  @TempDir Path folder;

  private String[] springArguments;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void pointAtTheTestDatabase() throws Exception {
    springArguments = TestDatabaseArguments.of(dataSource, schemaOwner);
  }

  @Test
  void badRowsAreRefusedWithTheirLinesAndNothingIsWritten() throws Exception {
    int before = values();
    assertThat(run("import-indicators", copy("profiles-bad.csv"))).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "Refused profiles-bad.csv: nothing was imported",
            "line 2: Value \u201csix hundred\u201d is not a number",
            "line 3: Area Code \u201cnot a code\u201d is not an area code",
            "line 3: Count is below zero",
            "line 3: Denominator must be more than zero",
            "line 4: Indicator ID is empty",
            "line 4: Time period \u201csometime\u201d has no year in it",
            "line 6: a second row for indicator 92906, area E92000001, Persons, All ages, 2019/20");
    assertThat(values()).isEqualTo(before);
  }

  @Test
  void theProfilesExportIsImportedOnceAndALaterPeriodOrValueReplacesOnlyItself() throws Exception {
    String sample = copy("profiles-sample.csv");
    assertThat(run("import-indicators", sample)).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(
            "6 rows of 2 indicators", "1 area it names was new and is added to the area list");
    // Cheltenham's parent, Gloucestershire, is named but not described: Cheltenham goes in at the
    // top.
    assertThat(
            jdbc.sql(
                    "select name || ' ' || kind || ' ' || coalesce(parent_code, 'none') from areas.area where code = 'E07000078'")
                .query(String.class)
                .single())
        .isEqualTo("Cheltenham district none");
    assertThat(run("import-indicators", sample)).isZero();
    assertThat(out.toString()).contains("0 new, 0 changed, 6 as they were", "No new areas.");
    assertThat(value("X10000001", "2019/20")).isEqualByComparingTo("800");
    // The export has no unit: its own figures say 800 = 8,000 / 1,000,000 per 100,000.
    assertThat(
            jdbc.sql(
                    "select unit || ' ' || coalesce(per::text, '') from needs.indicator"
                        + " where source = 'profiles' and code in ('91414', '93014') order by code")
                .query(String.class)
                .list())
        .containsExactly("rate 100000", "percentage ");
    assertThat(
            jdbc.sql(
                    "select value_note from needs.indicator_value v join needs.indicator i on i.id = v.indicator_id"
                        + " where i.code = '93014' and v.area_code = 'X07000001'")
                .query(String.class)
                .single())
        .startsWith("Value suppressed");

    Path revised = folder.resolve("revised.csv");
    Files.writeString(
        revised,
        Files.readString(Path.of(sample)).replace(",2019/20,800,783,", ",2019/20,801,783,"));
    assertThat(run("import-indicators", revised.toString())).isZero();
    assertThat(out.toString()).contains("0 new, 1 changed, 5 as they were");
    assertThat(value("X10000001", "2019/20")).isEqualByComparingTo("801");
    assertThat(value("X10000001", "2020/21")).isEqualByComparingTo("760");
  }

  @Test
  void onsPopulationEstimatesAreImportedWithPersonsAddedUpAndBadRowsRefused() throws Exception {
    assertThat(run("import-indicators", copy("population-bad.csv"))).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "line 2: sex \u201c3\u201d is not 1 (male) or 2 (female)",
            "line 3: age 91 is not from 0 to 90",
            "line 4: ladcode21 \u201cnowhere\u201d is not an area code",
            "line 4: population_2019 \u201clots\u201d is not a number",
            "line 6: a second estimate for E07000078, 2019, Male, age 4");

    String estimates = copy("population-myeb1.csv");
    assertThat(run("import-indicators", estimates)).as(err.toString()).isZero();
    // 2 sexes × 4 ages × 2 years, and persons for each age and year: 24. At 90 in 2020, 710 + 720.
    assertThat(out.toString()).contains("24 population estimates: 24 new");
    assertThat(run("import-indicators", estimates)).isZero();
    assertThat(out.toString()).contains("0 new, 0 changed, 24 as they were");
    assertThat(
            jdbc.sql(
                    "select people from needs.population where area_code = 'E07000078' and year = 2020 and sex = 'Persons' and age = 90")
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("1430");
  }

  @Test
  void aFileThatIsNotTheExportSaysWhichColumnsAreMissing() throws Exception {
    Path other = folder.resolve("other.csv");
    Files.writeString(other, "code,name\nE1,England\n");
    assertThat(run("import-indicators", other.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "is not the public health profiles' CSV export: no column \u201cIndicator ID\u201d");
    Path latin1 = folder.resolve("latin1.csv");
    Files.write(latin1, new byte[] {'I', 'n', 'd', (byte) 0xe9, '\n'});
    assertThat(run("import-indicators", latin1.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("it is not UTF-8 text");
  }

  private BigDecimal value(String area, String period) {
    return jdbc.sql(
            """
            select v.value from needs.indicator_value v join needs.indicator i on i.id = v.indicator_id
             where i.source = 'profiles' and i.code = '91414' and v.area_code = ? and v.period = ?
            """)
        .params(area, period)
        .query(BigDecimal.class)
        .single();
  }

  private int values() {
    return jdbc.sql("select count(*) from needs.indicator_value").query(Integer.class).single();
  }

  private String copy(String resource) throws Exception {
    Path file = folder.resolve(resource);
    try (var in = new ClassPathResource("needs/" + resource).getInputStream()) {
      Files.copy(in, file);
    }
    return file.toString();
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine command =
        AllianceCommand.commandLine(
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                return type == ImportIndicatorsCommand.class
                    ? type.cast(new ImportIndicatorsCommand(springArguments))
                    : CommandLine.defaultFactory().create(type);
              }
            });
    return command
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
