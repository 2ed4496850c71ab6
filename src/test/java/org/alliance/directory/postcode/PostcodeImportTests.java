package org.alliance.directory.postcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.alliance.AllianceTest;
import org.alliance.directory.Coordinates;
import org.alliance.directory.PostcodeImportResult;
import org.alliance.directory.PostcodeImportResult.BadRow;
import org.alliance.directory.Postcodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Postcode import and lookup on the whole application. The database is shared with other tests, so
 * these use postcodes in an invented ZX area of their own and assert on specific postcodes, never
 * on totals.
 */
@AllianceTest
class PostcodeImportTests {

  private static final String ONSPD_HEADER =
      "\"pcd\",\"pcd2\",\"pcds\",\"dointr\",\"doterm\",\"lat\",\"long\"";
  private static final double METRES_PER_MILE = 1609.344;

  @Autowired Postcodes postcodes;

  @TempDir Path folder;

  @Test
  void theDemoPostcodesAreLoadedOnFirstStart() {
    // Values straight from demo/directory/postcodes.csv.
    assertThat(postcodes.centroid("BK1 1AD")).contains(new Coordinates(52.453766, -1.177911));
    assertThat(postcodes.centroid("BK1 2AB")).isPresent();
    assertThat(postcodes.centroid("BK4 5DY")).as("terminated in the file").isEmpty();
    assertThat(postcodes.centroid("BK10 2NZ")).as("no grid reference in the file").isEmpty();
  }

  @Test
  void findsAPostcodeHoweverItIsTyped() {
    Coordinates expected = postcodes.centroid("BK1 2AB").orElseThrow();
    assertThat(postcodes.centroid("bk1 2ab")).contains(expected);
    assertThat(postcodes.centroid(" BK12AB ")).contains(expected);
    assertThat(postcodes.centroid("Bk1   2aB")).contains(expected);
    assertThat(postcodes.centroid("BK1 2ZZ")).as("well formed but unknown").isEmpty();
    assertThat(postcodes.centroid("22 Tanner's Row")).isEmpty();
    assertThat(postcodes.centroid(null)).isEmpty();
  }

  @Test
  void anOutwardCodeAloneGivesTheMiddleOfItsDistrict() {
    Coordinates bk1 = postcodes.centroid("bk1").orElseThrow();
    Coordinates bk10 = postcodes.centroid("BK10").orElseThrow();
    assertThat(bk1.distanceMilesTo(postcodes.centroid("BK1 2AB").orElseThrow())).isLessThan(1.5);
    // BK10 is Kelston Market, about 8 miles west of the city centre.
    assertThat(bk1.distanceMilesTo(bk10)).isGreaterThan(6);
    assertThat(postcodes.centroid("ZZ99")).isEmpty();
  }

  @Test
  void reimportingTheDemoFileChangesNothing() throws IOException, URISyntaxException {
    Path demo = Path.of(getClass().getClassLoader().getResource(DemoPostcodes.RESOURCE).toURI());
    PostcodeImportResult result = postcodes.importFiles(List.of(demo));
    assertThat(result.accepted()).as(result.report()).isTrue();
    assertThat(result.loaded()).isEqualTo(Files.readAllLines(demo).size() - 1 - 5);
    assertThat(result.skipped()).as("3 terminated, 2 without a grid reference").isEqualTo(5);
    assertThat(result.changed()).isZero();
  }

  @Test
  void importsAndMovesPostcodes() throws IOException {
    assertThat(postcodes.importFiles(List.of(onspd("ZX1 1AB,,52.5,-1.5"))).accepted()).isTrue();
    assertThat(postcodes.centroid("ZX1 1AB")).contains(new Coordinates(52.5, -1.5));
    PostcodeImportResult moved =
        postcodes.importFiles(List.of(onspd("ZX1 1AB,,52.6,-1.4", "ZX1 1AD,202301,52.6,-1.4")));
    assertThat(moved.changed()).isEqualTo(1);
    assertThat(moved.skipped()).isEqualTo(1);
    assertThat(postcodes.centroid("ZX11AB")).contains(new Coordinates(52.6, -1.4));
    assertThat(postcodes.centroid("ZX1 1AD")).isEmpty();
  }

  @Test
  void aFileWithBadRowsIsRefusedWholeWithItsLineNumbers() throws IOException {
    Path file =
        onspd(
            "ZX2 1AB,,52.5,-1.5", // line 2: fine
            "NOT A PC,,52.5,-1.5", // line 3
            "ZX2 1AD,,52.5,-1.5", // line 4: fine
            "ZX2 1AE,,fifty-two,-1.5", // line 5
            "ZX2 1AF,,152.5,-1.5", // line 6
            "ZX2 1AG,,52.5"); // line 7: a column short
    PostcodeImportResult result = postcodes.importFiles(List.of(file));
    assertThat(result.accepted()).isFalse();
    assertThat(result.badRowCount()).isEqualTo(4);
    assertThat(result.badRows()).extracting(BadRow::line).containsExactly(3L, 5L, 6L, 7L);
    assertThat(result.report())
        .contains(
            "Nothing imported: 4 bad rows",
            "line 3: 'NOT A PC' is not a UK postcode",
            "line 5: latitude 'fifty-two'",
            "line 7: expected at least 7 columns, found 6");
    assertThat(postcodes.centroid("ZX2 1AB")).as("nothing written").isEmpty();
    assertThat(postcodes.centroid("ZX2 1AD")).as("nothing written").isEmpty();
  }

  @Test
  void aBadRowInOneFileStopsEveryFileInTheImport() throws IOException {
    Path good = onspd("ZX3 1AB,,52.5,-1.5");
    Path bad = onspd("ZX3 1AD,,52.5,west");
    PostcodeImportResult result = postcodes.importFiles(List.of(good, bad));
    assertThat(result.badRows())
        .containsExactly(
            new BadRow(
                bad.toString(), 2, "latitude '52.5' and longitude 'west' are not a position"));
    assertThat(postcodes.centroid("ZX3 1AB")).isEmpty();
  }

  @Test
  void reportsTheFirstHundredBadRowsAndCountsTheRest() throws IOException {
    String[] rows =
        IntStream.rangeClosed(1, 150)
            .mapToObj(i -> "ZX4 1AB,,52.5,minus " + i)
            .toArray(String[]::new);
    PostcodeImportResult result = postcodes.importFiles(List.of(onspd(rows)));
    assertThat(result.badRowCount()).isEqualTo(150);
    assertThat(result.badRows()).hasSize(100);
    assertThat(result.badRows().get(0).line()).isEqualTo(2);
    assertThat(result.report()).endsWith("... and 50 more.");
  }

  @Test
  void refusesAFileThatIsNotAPostcodeFile() throws IOException {
    Path file = folder.resolve("people.csv");
    Files.writeString(file, "name,age\nAda,36\n");
    PostcodeImportResult result = postcodes.importFiles(List.of(file));
    assertThat(result.accepted()).isFalse();
    assertThat(result.badRows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.line()).isEqualTo(1);
              assertThat(row.problem()).startsWith("not a postcode file");
            });
  }

  @Test
  void refusesAFileWithNoPostcodesInIt() throws IOException {
    PostcodeImportResult result = postcodes.importFiles(List.of(onspd("ZX5 1AB,202001,52.5,-1.5")));
    assertThat(result.accepted()).isFalse();
    assertThat(result.report())
        .isEqualTo("Nothing imported: the file has no postcodes with coordinates.");
  }

  @Test
  void convertsCodePointOpenGridReferences() throws IOException {
    // Code-Point Open: no header; postcode, positional quality, eastings, northings, then codes.
    // 614300, 159900 is TR 143 599, which OSTN puts at 51.297880, 1.072628.
    Path file = folder.resolve("zx.csv");
    Files.writeString(
        file,
        """
        "ZX6 1AB",10,614300,159900,"E92000001","E19000003","E18000011","","E07000106","E05004976"
        "ZX6 1AD",90,0,0,"E92000001","","","","",""
        "ZX6 1AE",10,455963,284297,"E92000001","","","","",""
        """);
    PostcodeImportResult result = postcodes.importFiles(List.of(file));
    assertThat(result.accepted()).as(result.report()).isTrue();
    assertThat(result.skipped()).isEqualTo(1);
    double metres =
        postcodes
                .centroid("ZX6 1AB")
                .orElseThrow()
                .distanceMilesTo(new Coordinates(51.297880, 1.072628))
            * METRES_PER_MILE;
    assertThat(metres).isLessThan(5);
    assertThat(postcodes.centroid("ZX6 1AD")).isEmpty();
    assertThat(postcodes.centroid("ZX6 1AE").orElseThrow().latitude())
        .isCloseTo(52.453766, within(0.00002));
  }

  @Test
  void codePointRowsWithBadNumbersAreBadRows() throws IOException {
    Path file = folder.resolve("zy.csv");
    Files.writeString(
        file,
        """
        "ZX7 1AB",10,614300,159900
        "ZX7 1AD",10,east,159900
        "ZX7 1AE",10,9614300,159900
        """);
    PostcodeImportResult result = postcodes.importFiles(List.of(file));
    assertThat(result.badRows()).extracting(BadRow::line).containsExactly(2L, 3L);
    assertThat(postcodes.centroid("ZX7 1AB")).isEmpty();
  }

  /**
   * An ONSPD-shaped file: each row is pcds,doterm,lat,long and gets pcd and pcd2 made up for it.
   */
  private Path onspd(String... rows) throws IOException {
    Path file = Files.createTempFile(folder, "onspd", ".csv");
    String body =
        java.util.Arrays.stream(rows)
            .map(
                row -> {
                  String[] cells = row.split(",", -1);
                  StringBuilder line =
                      new StringBuilder(
                          "\""
                              + cells[0]
                              + "\",\""
                              + cells[0]
                              + "\",\""
                              + cells[0]
                              + "\",\"199801\"");
                  for (int i = 1; i < cells.length; i++) {
                    line.append(',').append(i == 1 ? "\"" + cells[i] + "\"" : cells[i]);
                  }
                  return line.toString();
                })
            .collect(Collectors.joining("\n"));
    Files.writeString(file, ONSPD_HEADER + "\n" + body + "\n");
    return file;
  }
}
