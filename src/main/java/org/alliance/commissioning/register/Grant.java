package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A grant to the councils beside the contracts (seed 004's Table 2: OHID's supplementary substance
 * misuse grants), with each council's share; one council receiving a grant alone has 100%.
 */
public record Grant(
    UUID id,
    String name,
    String shortName,
    String issuer,
    UUID hostCouncilId,
    String note,
    int version,
    List<CouncilShare> shares,
    List<Contract.YearValue> amounts) {

  public Optional<BigDecimal> amountIn(int year) {
    return amounts.stream()
        .filter(a -> a.financialYear() == year)
        .map(Contract.YearValue::amount)
        .findFirst();
  }
}
