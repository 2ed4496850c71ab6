package org.alliance.outcomes.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a cohorts file: what a good one holds, and every mistake with its line and column. */
class CohortFileTests {

  private static final String HEADER =
      "cohort,description,people,before_from,before_to,after_from,after_to,source,measure,before,after\n";
  private static final String FREQUENT =
      "Frequent attenders,People who came often,42,2023-04-01,2024-03-31,2024-04-01,2025-03-31,"
          + "Hospital extract,";

  private static CohortFile.Read read(String text) {
    return CohortFile.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aGoodFileGivesEachCohortWithItsFigures() {
    CohortFile.Read read =
        read(
            HEADER
                + FREQUENT
                + "hospital-admissions,96,54\n"
                + FREQUENT
                + "bed-days,412,198\n"
                + "Waiting list,,12,2023-01-01,2023-06-30,2023-07-01,2023-12-31,Police,,,\n");
    assertThat(read.problems()).isEmpty();
    assertThat(read.cohorts()).hasSize(2);
    CohortDraft frequent = read.cohorts().get(0);
    assertThat(frequent.name()).isEqualTo("Frequent attenders");
    assertThat(frequent.people()).isEqualTo(42);
    assertThat(frequent.before())
        .isEqualTo(new Span(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)));
    assertThat(frequent.figures())
        .containsExactly(
            new CohortFigure(CohortMeasure.HOSPITAL_ADMISSIONS, 96, 54),
            new CohortFigure(CohortMeasure.BED_DAYS, 412, 198));
    assertThat(read.cohorts().get(1).figures()).isEmpty();
  }

  @Test
  void aByteOrderMarkAndUpperCaseHeadersAreTaken() {
    CohortFile.Read read =
        read("\uFEFF" + HEADER.toUpperCase(java.util.Locale.ROOT) + FREQUENT + "arrests,9,3\n");
    assertThat(read.problems()).isEmpty();
    assertThat(read.cohorts().get(0).figures())
        .containsExactly(new CohortFigure(CohortMeasure.ARRESTS, 9, 3));
  }

  @Test
  void everyMistakeIsReportedWithItsLineAndNothingIsGiven() {
    CohortFile.Read read =
        read(
            HEADER
                + FREQUENT
                + "hospital-admissions,96,-5\n"
                + FREQUENT
                + "hospital-admissions,10,10\n"
                + FREQUENT
                + "sleeping-rough,1,2\n"
                + "Frequent attenders,People who came often,43,2023-04-01,2024-03-31,2024-04-01,"
                + "2025-03-31,Hospital extract,arrests,1,1\n"
                + "Overlapping,,10,2023-01-01,2023-12-31,2023-06-01,2024-06-30,Police,arrests,x,\n"
                + "Short,,10,2023-01-01\n"
                + ",,0,2023-02-30,2023-01-01,2024-01-01,2024-12-31,<b>bold</b>,,,\n");
    assertThat(read.ok()).isFalse();
    assertThat(read.cohorts()).isEmpty();
    assertThat(read.problems())
        .contains(
            "line 2, after: Hospital admissions after must be from 0 to 100,000,000",
            "line 3, measure: hospital-admissions is already given for this cohort on line 2",
            "line 4, measure: \"sleeping-rough\" is not a measure; use one of hospital-admissions,"
                + " bed-days, emergency-attendances, ambulance-call-outs, arrests",
            "line 5, people: differs from line 2 for the same cohort; every row of a cohort says"
                + " the same about it",
            "line 6, after_from: The period after must start after the period before ends",
            "line 6, after: Enter arrests after, or leave both blank",
            "line 7: has 4 cells but the header has 11",
            "line 8, cohort: Enter the cohort's name",
            "line 8, people: The number of people must be from 1 to 10,000,000",
            "line 8, before_from: The first day before must be a real date from 2000 to 2100,"
                + " written like 2024-04-01",
            "line 8, source: Where the figures came from cannot contain < or >");
  }

  @Test
  void aControlCharacterIsRefusedOnItsLine() {
    CohortFile.Read read =
        read(HEADER + FREQUENT.replace("often", "of\u0000ten") + "arrests,1,1\n");
    assertThat(read.problems())
        .containsExactly(
            "line 2, description: holds a control character (such as NUL) that cannot be stored");
  }

  @Test
  void whatIsNotAUsableFileIsOneProblem() {
    assertThat(read("").problems()).singleElement().asString().startsWith("the whole file:");
    assertThat(read("name,people\nx,1\n").problems())
        .containsExactly(
            "the whole file: the first line must name the columns "
                + String.join(",", CohortFile.COLUMNS)
                + " in that order");
    assertThat(read(HEADER).problems())
        .containsExactly("the whole file: the file has a header but no rows");
    assertThat(CohortFile.read(new byte[] {'c', (byte) 0xC0, (byte) 0xAF}).problems())
        .containsExactly(
            "the whole file: the file is not UTF-8 text; save it from the spreadsheet as CSV UTF-8");
    assertThat(read(HEADER + FREQUENT + "\"arrests,1,1\n").problems())
        .singleElement()
        .asString()
        .startsWith("the whole file: it cannot be read as CSV");
    byte[] huge = new byte[CohortFile.MAX_BYTES + 1];
    assertThat(CohortFile.read(huge).problems())
        .containsExactly(
            "the whole file: the file is larger than 1 MB; split it into smaller files");
    StringBuilder many = new StringBuilder(HEADER);
    for (int i = 0; i <= CohortFile.MAX_ROWS; i++) {
      many.append("C").append(i).append(",,10,2023-01-01,2023-01-31,2023-02-01,2023-02-28,s,,,\n");
    }
    assertThat(read(many.toString()).problems())
        .containsExactly(
            "the whole file: more than 10,000 rows; split the file into smaller files");
  }

  @Test
  void theDemoFileIsAGoodFile() {
    CohortFile.Read read = read(DemoCohorts.file(LocalDate.of(2026, 12, 4)));
    assertThat(read.problems()).isEmpty();
    assertThat(read.cohorts()).extracting(CohortDraft::name).hasSize(2);
    assertThat(read.cohorts().get(0).description()).startsWith("Made-up figures for the demo");
    List<CohortFigure> figures = read.cohorts().get(0).figures();
    assertThat(figures).hasSize(5);
  }
}
