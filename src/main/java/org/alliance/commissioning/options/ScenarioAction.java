package org.alliance.commissioning.options;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.UUID;

/**
 * One contract's action in a scenario: what, decided or started by when, the end it gives the
 * contract, and its cost in each financial year (2024 = 2024/25), in pounds and pence.
 */
record ScenarioAction(
    UUID id,
    UUID scenarioId,
    UUID contractId,
    String reference,
    String service,
    LocalDate currentEnd,
    String action,
    LocalDate decideBy,
    LocalDate newEndOn,
    String note,
    SortedMap<Integer, BigDecimal> costs) {

  public String actionLabel() {
    return ActionType.labelOf(action);
  }

  public BigDecimal cost(int year) {
    return costs.get(year);
  }

  public BigDecimal total() {
    return costs.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
