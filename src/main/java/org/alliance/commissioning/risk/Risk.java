package org.alliance.commissioning.risk;

import java.time.LocalDate;
import java.util.UUID;

/** A risk in the register as it is now, with the contract it names (if any). */
record Risk(
    UUID id,
    long seq,
    RiskFields fields,
    String contractReference,
    String contractService,
    int version) {

  public String reference() {
    return "R" + seq;
  }

  public boolean alliance() {
    return RiskFields.ALLIANCE.equals(fields.level());
  }

  public String contractLabel() {
    return contractReference == null ? null : contractReference + ": " + contractService;
  }

  /** Where the risk's own page is: alliance risks under the alliance's pages. */
  public String path() {
    return (alliance() ? "/alliance/risks/" : "/commissioning/risks/") + id;
  }

  public boolean overdue(LocalDate today) {
    return fields.overdue(today);
  }
}
