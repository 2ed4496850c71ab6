package org.alliance.needs.data;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.directory.Excerpt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Population estimates by area, sex and single year of age, in either of two layouts:
 *
 * <ul>
 *   <li>ONS's mid-year estimates time series (MYEB1): {@code ladcode..., laname..., sex} (1 male, 2
 *       female), {@code age} (0 to 90, 90 meaning 90 and over) and a {@code population_YYYY} column
 *       for each year; persons are the two sexes added up;
 *   <li>one estimate a row: {@code area_code, year, sex} (Persons, Male or Female), {@code age,
 *       people}.
 * </ul>
 *
 * Every row is checked before anything is written; a file with any mistake is refused with each
 * mistake's line.
 */
final class PopulationFile {

  private static final Pattern YEAR_COLUMN = Pattern.compile("population_(\\d{4})");
  private static final Pattern AREA = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

  /** One estimate. */
  record Estimate(String area, int year, String sex, int age, BigDecimal people) {}

  private PopulationFile() {}

  /** Whether a header is one of the two layouts. */
  static boolean recognises(List<String> header) {
    return header.contains("area_code") && header.contains("people")
        || header.stream().anyMatch(c -> c.startsWith("ladcode")) && header.contains("age");
  }

  static ProfilesFile.Read read(Reader in, java.util.function.Consumer<Estimate> estimates)
      throws IOException {
    List<RowProblem> problems = new ArrayList<>();
    long[] more = {0};
    long count = 0;
    Map<String, BigDecimal> persons = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = format.parse(in)) {
      List<String> header = parser.getHeaderNames();
      String areaColumn =
          header.contains("area_code")
              ? "area_code"
              : header.stream().filter(c -> c.startsWith("ladcode")).findFirst().orElse(null);
      Map<String, Integer> years = new LinkedHashMap<>();
      for (String column : header) {
        Matcher year = YEAR_COLUMN.matcher(column);
        if (year.matches()) {
          years.put(column, Integer.parseInt(year.group(1)));
        }
      }
      boolean wide = !header.contains("people");
      if (areaColumn == null
          || !header.contains("sex")
          || !header.contains("age")
          || (wide && years.isEmpty())
          || (!wide && !header.contains("year"))) {
        return new ProfilesFile.Read(
            0,
            List.of(
                new RowProblem(
                    1,
                    "the file is neither ONS's mid-year estimates (ladcode, sex, age,"
                        + " population_YYYY) nor one estimate a row (area_code, year, sex, age,"
                        + " people)")),
            0);
      }
      for (CSVRecord record : parser) {
        count++;
        long line = record.getRecordNumber() + 1;
        List<String> wrong = new ArrayList<>();
        String area = record.isMapped(areaColumn) ? record.get(areaColumn) : "";
        if (!AREA.matcher(area).matches()) {
          wrong.add(areaColumn + " \u201c" + Excerpt.of(area) + "\u201d is not an area code");
        }
        String sex = sex(record.get("sex"), wide, wrong);
        Integer age = whole(record.get("age"), "age", 0, 90, wrong);
        List<Estimate> found = new ArrayList<>();
        if (wide) {
          for (Map.Entry<String, Integer> year : years.entrySet()) {
            BigDecimal people = people(record.get(year.getKey()), year.getKey(), wrong);
            if (people != null && wrong.isEmpty()) {
              found.add(new Estimate(area, year.getValue(), sex, age, people));
            }
          }
        } else {
          Integer year = whole(record.get("year"), "year", 1900, 2100, wrong);
          BigDecimal people = people(record.get("people"), "people", wrong);
          if (wrong.isEmpty()) {
            found.add(new Estimate(area, year, sex, age, people));
          }
        }
        for (Estimate estimate : found) {
          String key =
              estimate.area() + "|" + estimate.year() + "|" + estimate.sex() + "|" + estimate.age();
          if (!seen.add(key)) {
            wrong.add(
                "a second estimate for %s, %d, %s, age %d"
                    .formatted(area, estimate.year(), estimate.sex(), estimate.age()));
          }
        }
        for (String message : wrong) {
          if (problems.size() < ProfilesFile.MOST_PROBLEMS) {
            problems.add(new RowProblem(line, message));
          } else {
            more[0]++;
          }
        }
        if (wrong.isEmpty() && problems.isEmpty()) {
          for (Estimate estimate : found) {
            estimates.accept(estimate);
            if (wide) {
              persons.merge(
                  estimate.area() + "|" + estimate.year() + "|" + estimate.age(),
                  estimate.people(),
                  BigDecimal::add);
            }
          }
        }
      }
    } catch (IllegalStateException | java.io.UncheckedIOException broken) {
      problems.add(new RowProblem(count + 2, "the CSV is broken: " + broken.getMessage()));
    }
    if (count == 0 && problems.isEmpty()) {
      problems.add(new RowProblem(0, "the file has a header but no rows"));
    }
    if (problems.isEmpty()) {
      persons.forEach(
          (key, people) -> {
            String[] parts = key.split("\\|");
            estimates.accept(
                new Estimate(
                    parts[0],
                    Integer.parseInt(parts[1]),
                    "Persons",
                    Integer.parseInt(parts[2]),
                    people));
          });
    }
    return new ProfilesFile.Read(count, problems, more[0]);
  }

  private static String sex(String text, boolean wide, List<String> wrong) {
    if (wide) {
      return switch (text) {
        case "1" -> "Male";
        case "2" -> "Female";
        default -> {
          wrong.add("sex \u201c" + Excerpt.of(text) + "\u201d is not 1 (male) or 2 (female)");
          yield null;
        }
      };
    }
    return switch (text) {
      case "Persons", "Male", "Female" -> text;
      default -> {
        wrong.add("sex \u201c" + Excerpt.of(text) + "\u201d is not Persons, Male or Female");
        yield null;
      }
    };
  }

  private static Integer whole(
      String text, String column, int least, int most, List<String> wrong) {
    try {
      int value = Integer.parseInt(text.replace("+", ""));
      if (value < least || value > most) {
        wrong.add(column + " " + value + " is not from " + least + " to " + most);
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      wrong.add(column + " \u201c" + Excerpt.of(text) + "\u201d is not a whole number");
      return null;
    }
  }

  private static BigDecimal people(String text, String column, List<String> wrong) {
    try {
      BigDecimal people = new BigDecimal(text.replace(",", ""));
      if (people.signum() < 0 || people.compareTo(BigDecimal.valueOf(100_000_000L)) > 0) {
        wrong.add(column + " " + Excerpt.of(text) + " is not a number of people");
        return null;
      }
      return people;
    } catch (NumberFormatException e) {
      wrong.add(column + " \u201c" + Excerpt.of(text) + "\u201d is not a number");
      return null;
    }
  }
}
