package org.alliance.needs.data;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.directory.Excerpt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The public health profiles' CSV export, read a row at a time: "Indicator ID", "Indicator Name",
 * "Area Code", "Area Name", "Area Type", "Sex", "Age", "Time period", "Value", the 95% and 99.8%
 * limits, "Count", "Denominator", "Value note" (and "Time period Sortable" when present; other
 * columns are read past). Every row is checked before anything is written: a file with any mistake
 * is refused with each mistake's line, up to {@link #MOST_PROBLEMS}.
 */
final class ProfilesFile {

  static final int MOST_PROBLEMS = 100;
  static final int MAX_ROWS = 2_000_000;

  static final String INDICATOR_ID = "Indicator ID";
  static final String INDICATOR_NAME = "Indicator Name";
  static final String AREA_CODE = "Area Code";
  static final String AREA_NAME = "Area Name";
  static final String AREA_TYPE = "Area Type";
  static final String PARENT_CODE = "Parent Code";
  static final String SEX = "Sex";
  static final String AGE = "Age";
  static final String PERIOD = "Time period";
  static final String PERIOD_SORTABLE = "Time period Sortable";
  static final String VALUE = "Value";
  static final String LOWER95 = "Lower CI 95.0 limit";
  static final String UPPER95 = "Upper CI 95.0 limit";
  static final String LOWER998 = "Lower CI 99.8 limit";
  static final String UPPER998 = "Upper CI 99.8 limit";
  static final String COUNT = "Count";
  static final String DENOMINATOR = "Denominator";
  static final String VALUE_NOTE = "Value note";

  static final List<String> REQUIRED =
      List.of(INDICATOR_ID, INDICATOR_NAME, AREA_CODE, AREA_NAME, SEX, AGE, PERIOD, VALUE);

  private static final Pattern AREA = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  /** What reading found: the number of rows, and the problems (none: every row was handed on). */
  record Read(long rows, List<RowProblem> problems, long moreProblems) {
    boolean clean() {
      return problems.isEmpty();
    }
  }

  private ProfilesFile() {}

  /**
   * Reads every row, handing each good one to {@code rows} while no problem has been found; once
   * one has, rows are only checked (so a refused file's rows are never all held at once).
   */
  static Read read(Reader in, Consumer<ProfileRow> rows) throws IOException {
    List<RowProblem> problems = new ArrayList<>();
    long more = 0;
    long count = 0;
    Set<String> keys = new HashSet<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = format.parse(in)) {
      Map<String, Integer> header = parser.getHeaderMap();
      List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        return new Read(
            0,
            List.of(
                new RowProblem(
                    1,
                    "the file is not the public health profiles' CSV export: no column "
                        + String.join(
                            ", ", missing.stream().map(c -> "\u201c" + c + "\u201d").toList()))),
            0);
      }
      for (CSVRecord record : parser) {
        count++;
        if (count > MAX_ROWS) {
          problems.add(
              new RowProblem(
                  record.getRecordNumber() + 1,
                  "more than %,d rows: split the file".formatted(MAX_ROWS)));
          break;
        }
        List<String> wrong = new ArrayList<>();
        ProfileRow row = row(record, header, wrong);
        if (row != null && !keys.add(row.key())) {
          wrong.add(
              "a second row for indicator %s, area %s, %s, %s, %s"
                  .formatted(
                      row.indicatorCode(), row.areaCode(), row.sex(), row.age(), row.period()));
        }
        if (!wrong.isEmpty()) {
          for (String message : wrong) {
            if (problems.size() < MOST_PROBLEMS) {
              problems.add(new RowProblem(record.getRecordNumber() + 1, message));
            } else {
              more++;
            }
          }
        } else if (problems.isEmpty()) {
          rows.accept(row);
        }
      }
    } catch (IllegalStateException | java.io.UncheckedIOException broken) {
      // commons-csv's word for a quote left open or a malformed line
      problems.add(new RowProblem(count + 2, "the CSV is broken: " + broken.getMessage()));
    }
    if (count == 0 && problems.isEmpty()) {
      problems.add(new RowProblem(0, "the file has a header but no rows"));
    }
    return new Read(count, problems, more);
  }

  private static ProfileRow row(CSVRecord record, Map<String, Integer> header, List<String> wrong) {
    String code = text(record, header, INDICATOR_ID, 100, true, wrong);
    String name = text(record, header, INDICATOR_NAME, 500, true, wrong);
    String areaCode = text(record, header, AREA_CODE, 16, true, wrong);
    if (areaCode != null && !AREA.matcher(areaCode).matches()) {
      wrong.add("Area Code " + quoted(areaCode) + " is not an area code (such as E06000052)");
    }
    String areaName = text(record, header, AREA_NAME, 200, true, wrong);
    String areaType = text(record, header, AREA_TYPE, 200, false, wrong);
    String parentCode = text(record, header, PARENT_CODE, 16, false, wrong);
    String sex = text(record, header, SEX, 50, true, wrong);
    String age = text(record, header, AGE, 50, true, wrong);
    String period = text(record, header, PERIOD, 50, true, wrong);
    Integer order = periodOrder(record, header, period, wrong);
    BigDecimal value = number(record, header, VALUE, wrong);
    BigDecimal lower95 = number(record, header, LOWER95, wrong);
    BigDecimal upper95 = number(record, header, UPPER95, wrong);
    BigDecimal lower998 = number(record, header, LOWER998, wrong);
    BigDecimal upper998 = number(record, header, UPPER998, wrong);
    BigDecimal count = number(record, header, COUNT, wrong);
    BigDecimal denominator = number(record, header, DENOMINATOR, wrong);
    if (count != null && count.signum() < 0) {
      wrong.add("Count is below zero");
    }
    if (denominator != null && denominator.signum() <= 0) {
      wrong.add("Denominator must be more than zero");
    }
    String note = text(record, header, VALUE_NOTE, 500, false, wrong);
    if (!wrong.isEmpty()) {
      return null;
    }
    return new ProfileRow(
        code,
        name,
        areaCode,
        areaName,
        areaType,
        parentCode,
        sex,
        age,
        period,
        order,
        value,
        lower95,
        upper95,
        lower998,
        upper998,
        count,
        denominator,
        note);
  }

  /** The period's first year: "Time period Sortable" (20190000) when given, else its first year. */
  private static Integer periodOrder(
      CSVRecord record, Map<String, Integer> header, String period, List<String> wrong) {
    String sortable = cell(record, header, PERIOD_SORTABLE);
    if (sortable != null && sortable.matches("\\d{8}")) {
      return Integer.parseInt(sortable.substring(0, 4));
    }
    if (period == null) {
      return null;
    }
    Matcher year = YEAR.matcher(period);
    if (!year.find()) {
      wrong.add("Time period " + quoted(period) + " has no year in it");
      return null;
    }
    return Integer.parseInt(year.group(1));
  }

  private static String text(
      CSVRecord record,
      Map<String, Integer> header,
      String column,
      int longest,
      boolean required,
      List<String> wrong) {
    String value = cell(record, header, column);
    if (value == null || value.isEmpty()) {
      if (required) {
        wrong.add(column + " is empty");
      }
      return null;
    }
    if (value.indexOf('\u0000') >= 0 || value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      wrong.add(column + " has control characters in it");
      return null;
    }
    if (value.length() > longest) {
      wrong.add(column + " is longer than " + longest + " characters");
      return null;
    }
    return value;
  }

  private static BigDecimal number(
      CSVRecord record, Map<String, Integer> header, String column, List<String> wrong) {
    String value = cell(record, header, column);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(value.replace(",", ""));
      if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
        wrong.add(column + " " + quoted(value) + " is too large to be a real figure");
        return null;
      }
      return number;
    } catch (NumberFormatException notANumber) {
      wrong.add(column + " " + quoted(value) + " is not a number");
      return null;
    }
  }

  /** A cell as a problem repeats it: cut short, in quotation marks. */
  private static String quoted(String value) {
    return "\u201c" + Excerpt.of(value) + "\u201d";
  }

  private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
    Integer at = header.get(column);
    if (at == null || at >= record.size()) {
      return null;
    }
    return record.get(at);
  }

  /**
   * What a row's value is per: the power of ten that value / (count / denominator) comes to
   * (100,000 for a rate per 100,000, 100 for a percentage), or null when the row cannot say. The
   * export carries no unit; its own figures do.
   */
  static Integer multiplierOf(ProfileRow row) {
    if (row.value() == null
        || row.count() == null
        || row.denominator() == null
        || row.count().signum() <= 0) {
      return null;
    }
    double multiplier =
        row.value().doubleValue() * row.denominator().doubleValue() / row.count().doubleValue();
    for (int power = 1; power <= 1_000_000; power *= 10) {
      if (Math.abs(multiplier - power) <= power * 0.02) {
        return power;
      }
    }
    return null;
  }

  /** The unit an indicator's multiplier, or failing that its name, suggests. */
  static String unitOf(Integer multiplier, String name) {
    if (multiplier != null) {
      return multiplier == 100 ? "percentage" : multiplier == 1 ? "value" : "rate";
    }
    return unitOf(name);
  }

  /** The unit an indicator's name suggests. */
  static String unitOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("per 100,000") || lower.contains("per 100 000") || lower.contains("rate")) {
      return "rate";
    }
    if (lower.contains("%") || lower.contains("proportion") || lower.contains("percentage")) {
      return "percentage";
    }
    return "value";
  }
}
