package org.alliance.needs.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliance.needs.view.IndicatorRow;

/**
 * The themes of a needs assessment, as the councils' own assessments are split (adults' alcohol,
 * young people, parental substance use): which indicators belong, by words in their name or age,
 * and which of the directory's needs are their provision.
 */
public enum Theme {
  ALCOHOL("alcohol", "Alcohol", List.of("alcohol", "drink"), List.of(), List.of("Alcohol")),
  YOUNG_PEOPLE(
      "young-people",
      "Young people",
      List.of("under 18", "young people", "pupils", "school", "children"),
      List.of("<18", "0-17", "under 18"),
      List.of("Young people", "Education")),
  PARENTAL(
      "parental-substance-use",
      "Parental substance use",
      List.of("parent", "children", "famil", "hidden harm", "carer"),
      List.of(),
      List.of("Families and carers"));

  private final String code;
  private final String label;
  private final List<String> nameWords;
  private final List<String> ages;
  private final List<String> needs;

  Theme(String code, String label, List<String> nameWords, List<String> ages, List<String> needs) {
    this.code = code;
    this.label = label;
    this.nameWords = nameWords;
    this.ages = ages;
    this.needs = needs;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The directory's needs whose services are this theme's provision. */
  public List<String> needs() {
    return needs;
  }

  public boolean covers(IndicatorRow row) {
    String name = row.name().toLowerCase(Locale.ROOT);
    String age = row.age().toLowerCase(Locale.ROOT);
    return nameWords.stream().anyMatch(name::contains) || ages.stream().anyMatch(age::contains);
  }

  public static Optional<Theme> parse(String code) {
    return Arrays.stream(values()).filter(theme -> theme.code.equals(code)).findFirst();
  }
}
