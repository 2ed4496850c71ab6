package org.alliance.outcomes.cohort;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.alliance.directory.Excerpt;
import org.alliance.web.FormFields;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of cohorts and their figures: one row per cohort and measure, in the layout {@code
 * cohort,description,people,before_from,before_to,after_from,after_to,source,measure,before,after}
 * (a cohort with no figures yet is one row with the last three blank). Every row of a cohort says
 * the same about the cohort. Read whole before anything is written, so a file with any mistake is
 * refused with every mistake's line, and a good one is imported all at once.
 */
final class CohortFile {

  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_ROWS = 10_000;

  static final List<String> COLUMNS =
      List.of(
          "cohort",
          "description",
          "people",
          "before_from",
          "before_to",
          "after_from",
          "after_to",
          "source",
          "measure",
          "before",
          "after");

  /** The columns each of a draft's keys is read from, for the problems' wording. */
  private static final Map<String, String> COLUMN_OF =
      Map.of(
          CohortDraft.NAME, "cohort",
          CohortDraft.DESCRIPTION, "description",
          CohortDraft.PEOPLE, "people",
          CohortDraft.BEFORE_FROM, "before_from",
          CohortDraft.BEFORE_TO, "before_to",
          CohortDraft.AFTER_FROM, "after_from",
          CohortDraft.AFTER_TO, "after_to",
          CohortDraft.SOURCE, "source");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private CohortFile() {}

  /** What the file holds: its cohorts in the order they first appear, or its problems. */
  record Read(List<CohortDraft> cohorts, List<String> problems) {
    boolean ok() {
      return problems.isEmpty();
    }
  }

  static Read read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return refused("the file is larger than 1 MB; split it into smaller files");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return refused("the file is not UTF-8 text; save it from the spreadsheet as CSV UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return refused("the file is empty; its first line names the columns: " + header());
    }
    List<String> problems = new ArrayList<>();
    Map<String, List<Row>> byCohort = new LinkedHashMap<>();
    try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      if (!header.equals(COLUMNS)) {
        return refused("the first line must name the columns " + header() + " in that order");
      }
      for (CSVRecord record : parser) {
        // The header is line 1; a cell may hold a line break, which this count does not follow.
        long line = record.getRecordNumber() + 1;
        if (record.getRecordNumber() > MAX_ROWS) {
          return refused(
              String.format("more than %,d rows; split the file into smaller files", MAX_ROWS));
        }
        if (record.size() != COLUMNS.size()) {
          problems.add(
              "line "
                  + line
                  + ": has "
                  + record.size()
                  + " cells but the header has "
                  + COLUMNS.size());
          continue;
        }
        Map<String, String> cells = new HashMap<>();
        String unreadable = null;
        for (int i = 0; i < COLUMNS.size(); i++) {
          String cell = record.get(i);
          if (hasControlCharacter(cell)) {
            unreadable = COLUMNS.get(i);
          }
          cells.put(COLUMNS.get(i), cell);
        }
        if (unreadable != null) {
          problems.add(
              "line "
                  + line
                  + ", "
                  + unreadable
                  + ": holds a control character (such as NUL) that cannot be stored");
          continue;
        }
        String name = cells.get("cohort").strip();
        byCohort
            .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(new Row(line, cells));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // commons-csv reports a quote left open as an IllegalStateException wrapping the IOException.
      return refused("it cannot be read as CSV: " + Excerpt.of(e.getMessage()));
    }
    if (byCohort.isEmpty() && problems.isEmpty()) {
      return refused("the file has a header but no rows");
    }
    List<CohortDraft> cohorts = new ArrayList<>();
    for (List<Row> rows : byCohort.values()) {
      CohortDraft draft = cohort(rows, problems);
      if (draft != null) {
        cohorts.add(draft);
      }
    }
    return problems.isEmpty()
        ? new Read(List.copyOf(cohorts), List.of())
        : new Read(List.of(), List.copyOf(problems));
  }

  private static String header() {
    return String.join(",", COLUMNS);
  }

  private static Read refused(String why) {
    return new Read(List.of(), List.of("the whole file: " + why));
  }

  private static boolean hasControlCharacter(String cell) {
    return cell.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f);
  }

  private record Row(long line, Map<String, String> cells) {
    String get(String column) {
      return cells.get(column);
    }
  }

  /** One cohort from its rows: the first row says the cohort, the others must agree. */
  private static CohortDraft cohort(List<Row> rows, List<String> problems) {
    Row first = rows.get(0);
    boolean agree = true;
    for (Row row : rows.subList(1, rows.size())) {
      for (String column : COLUMN_OF.values()) {
        if (!Objects.equals(row.get(column).strip(), first.get(column).strip())) {
          problems.add(
              "line "
                  + row.line()
                  + ", "
                  + column
                  + ": differs from line "
                  + first.line()
                  + " for the same cohort; every row of a cohort says the same about it");
          agree = false;
        }
      }
    }
    Map<String, Row> rowOfKey = new HashMap<>();
    Map<String, String> values = new HashMap<>();
    COLUMN_OF.forEach(
        (key, column) -> {
          values.put(key, first.get(column));
          rowOfKey.put(key, first);
        });
    Map<CohortMeasure, Long> measureLine = new HashMap<>();
    for (Row row : rows) {
      String code = row.get("measure").strip();
      if (code.isEmpty()) {
        if (!row.get("before").isBlank() || !row.get("after").isBlank()) {
          problems.add("line " + row.line() + ", measure: name the measure the figures count");
          agree = false;
        }
        continue;
      }
      CohortMeasure measure = CohortMeasure.of(code.toLowerCase(Locale.ROOT)).orElse(null);
      if (measure == null) {
        problems.add(
            "line "
                + row.line()
                + ", measure: \""
                + Excerpt.of(code)
                + "\" is not a measure; use one of "
                + CohortMeasure.codes());
        agree = false;
        continue;
      }
      Long earlier = measureLine.putIfAbsent(measure, row.line());
      if (earlier != null) {
        problems.add(
            "line "
                + row.line()
                + ", measure: "
                + measure.code()
                + " is already given for this cohort on line "
                + earlier);
        agree = false;
        continue;
      }
      String before = row.get("before");
      String after = row.get("after");
      // Blank on both sides would silently drop the measure: here it is a mistake.
      values.put(CohortDraft.beforeKey(measure), before.isBlank() ? "" : before);
      values.put(CohortDraft.afterKey(measure), after.isBlank() ? "" : after);
      if (before.isBlank() && after.isBlank()) {
        problems.add("line " + row.line() + ", before: enter the figures before and after");
        agree = false;
      }
      rowOfKey.put(CohortDraft.beforeKey(measure), row);
      rowOfKey.put(CohortDraft.afterKey(measure), row);
    }
    Map<String, String> found = new LinkedHashMap<>();
    CohortDraft draft =
        CohortDraft.check(
            new CohortDraft.Given() {
              @Override
              public String text(String key) {
                return values.get(key);
              }

              @Override
              public LocalDate day(String key, String label, Map<String, String> found) {
                return isoDay(values.get(key), key, label, found);
              }
            },
            found);
    found.forEach(
        (key, message) -> {
          Row row = rowOfKey.getOrDefault(key, first);
          problems.add("line " + row.line() + ", " + column(key) + ": " + message);
        });
    return agree ? draft : null;
  }

  private static String column(String key) {
    String column = COLUMN_OF.get(key);
    if (column != null) {
      return column;
    }
    return key.endsWith("-before") ? "before" : "after";
  }

  static LocalDate isoDay(String raw, String key, String label, Map<String, String> found) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      found.put(key, "Enter " + label + ", like 2024-04-01");
      return null;
    }
    if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      try {
        LocalDate day = LocalDate.parse(text);
        if (day.getYear() >= 2000 && day.getYear() <= 2100) {
          return day;
        }
      } catch (DateTimeException e) {
        // a date that does not exist, like 2024-02-30: said below
      }
    }
    found.put(
        key,
        FormFields.capital(label)
            + " must be a real date from 2000 to 2100, written like 2024-04-01");
    return null;
  }
}
