package org.alliance.commissioning.options;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.alliance.commissioning.register.FinancialYear;

/**
 * A scenario's own details: its name, what it is, the financial years it is costed over, and its
 * advantages, disadvantages and risks, each a list of points in order.
 */
record Scenario(
    UUID id,
    String name,
    String description,
    int firstYear,
    int lastYear,
    boolean archived,
    int version,
    List<String> advantages,
    List<String> disadvantages,
    List<String> risks) {

  /** The most financial years a scenario is costed over, as the table's check says. */
  static final int MOST_YEARS = 15;

  public List<Integer> years() {
    return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
  }

  public String period() {
    return period(firstYear, lastYear);
  }

  /** "2024/25 to 2025/26". */
  static String period(int firstYear, int lastYear) {
    return firstYear == lastYear
        ? FinancialYear.label(firstYear)
        : FinancialYear.label(firstYear) + " to " + FinancialYear.label(lastYear);
  }

  public List<String> points(String kind) {
    return switch (kind) {
      case "advantage" -> advantages;
      case "disadvantage" -> disadvantages;
      default -> risks;
    };
  }
}
