package org.alliance.support.ndtms;

import java.time.LocalDate;

/**
 * What a person told us for the national return: their answer about consent to NDTMS (separate from
 * consent to share across the alliance) and the client items.
 */
record ClientDetails(
    String consent,
    LocalDate consentOn,
    String sex,
    String ethnicity,
    String sexuality,
    Integer version) {

  boolean consented() {
    return "given".equals(consent);
  }
}
