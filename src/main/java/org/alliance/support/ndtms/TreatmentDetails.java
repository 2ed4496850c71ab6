package org.alliance.support.ndtms;

import java.time.LocalDate;

/** An episode's treatment details as NDTMS counts them. */
record TreatmentDetails(
    LocalDate referredOn,
    String referralSource,
    LocalDate triagedOn,
    LocalDate carePlanOn,
    String substance1,
    Integer substance1Age,
    String substance1Route,
    String substance2,
    String substance3,
    String injectingStatus,
    String parentalStatus,
    LocalDate dischargedOn,
    String dischargeReason,
    Integer version) {

  /** The day treatment started, for the codes of what was found at the start. */
  LocalDate startedOn() {
    return triagedOn != null ? triagedOn : referredOn;
  }
}
