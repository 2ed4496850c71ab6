package org.alliance.commissioning.options;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.register.Contract;
import org.alliance.commissioning.register.FinancialYear;
import org.alliance.commissioning.register.Pounds;

/**
 * One or more scenarios side by side: each contract's actions in each, the cost in each financial
 * year and in all, each council's exact share of it, and the scenarios' advantages, disadvantages
 * and risks. The page, the printed paper and the PDF are all drawn from one of these, so they agree
 * to the penny.
 *
 * @param years every financial year any of the scenarios is costed over, in order
 * @param totals scenario, then year: the scenario's cost
 * @param shares scenario, then council, then year: the council's exact share of that cost
 * @param undivided scenario, then year: cost of contracts whose councils' shares cannot divide
 *     money (incomplete in the register), which no council's column holds
 */
record Appraisal(
    List<Scenario> scenarios,
    List<Integer> years,
    List<ContractLine> contracts,
    Map<UUID, Map<Integer, BigDecimal>> totals,
    List<Council> councils,
    Map<UUID, Map<UUID, Map<Integer, BigDecimal>>> shares,
    Map<UUID, Map<Integer, BigDecimal>> undivided) {

  static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

  record Council(UUID id, String name) {}

  /** A contract touched by any of the scenarios, with its actions in each. */
  record ContractLine(
      UUID contractId,
      String reference,
      String service,
      LocalDate currentEnd,
      Map<UUID, List<ScenarioAction>> actions) {

    public List<ScenarioAction> in(UUID scenario) {
      return actions.getOrDefault(scenario, List.of());
    }

    public BigDecimal cost(UUID scenario, int year) {
      return in(scenario).stream()
          .map(a -> a.cost(year))
          .filter(c -> c != null)
          .reduce(NONE, BigDecimal::add);
    }

    public BigDecimal total(UUID scenario) {
      return in(scenario).stream().map(ScenarioAction::total).reduce(NONE, BigDecimal::add);
    }
  }

  public Scenario only() {
    return scenarios.get(0);
  }

  public BigDecimal total(UUID scenario, int year) {
    return totals.getOrDefault(scenario, Map.of()).getOrDefault(year, NONE);
  }

  public BigDecimal total(UUID scenario) {
    return totals.getOrDefault(scenario, Map.of()).values().stream().reduce(NONE, BigDecimal::add);
  }

  public BigDecimal share(UUID scenario, UUID council, int year) {
    return shares
        .getOrDefault(scenario, Map.of())
        .getOrDefault(council, Map.of())
        .getOrDefault(year, NONE);
  }

  public BigDecimal councilTotal(UUID scenario, UUID council) {
    return shares.getOrDefault(scenario, Map.of()).getOrDefault(council, Map.of()).values().stream()
        .reduce(NONE, BigDecimal::add);
  }

  public BigDecimal undivided(UUID scenario, int year) {
    return undivided.getOrDefault(scenario, Map.of()).getOrDefault(year, NONE);
  }

  public BigDecimal undividedTotal(UUID scenario) {
    return undivided.getOrDefault(scenario, Map.of()).values().stream()
        .reduce(NONE, BigDecimal::add);
  }

  public boolean hasUndivided() {
    return undivided.values().stream()
        .flatMap(m -> m.values().stream())
        .anyMatch(v -> v.signum() != 0);
  }

  public String money(BigDecimal amount) {
    return Pounds.format(amount);
  }

  public String year(int year) {
    return FinancialYear.label(year);
  }

  public String day(LocalDate date) {
    return date == null ? "" : Contract.day(date);
  }

  public String names() {
    List<String> names = scenarios.stream().map(Scenario::name).toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** The query string naming these scenarios, for the compare page's links. */
  public String query() {
    StringBuilder q = new StringBuilder();
    for (Scenario s : scenarios) {
      q.append(q.isEmpty() ? "?" : "&").append("scenario=").append(s.id());
    }
    return q.toString();
  }
}
