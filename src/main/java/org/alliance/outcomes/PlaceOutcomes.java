package org.alliance.outcomes;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The outcomes framework's results where people live: each indicator in force, over the last twelve
 * whole months, for the people whose postcode lies in the given postcode districts, beside the
 * alliance as a whole. Every figure is worked out from the figures by postcode district that
 * disclosure control lets anyone who does not work with those people see (their sum, or everyone's
 * less everywhere else's), so it tells no more than they do. Needs sets it beside need and
 * provision.
 */
public interface PlaceOutcomes {

  List<PlaceOutcome> in(Collection<String> postcodeDistricts);

  /**
   * One indicator's result in the place.
   *
   * @param better {@code higher} or {@code lower}: which way is an improvement
   * @param months the months counted, as people read them ("December 2025 to November 2026")
   * @param numerator the people counted, or null when withheld
   * @param denominator the people it is counted among, or null when withheld
   * @param percent numerator over denominator, or null when withheld or there is no one
   * @param alliancePercent the same for everyone the alliance supports, or null when withheld
   * @param withheld true when the place's figures cannot be made from shown figures alone
   */
  record PlaceOutcome(
      String code,
      String name,
      String better,
      String months,
      Integer numerator,
      Integer denominator,
      BigDecimal percent,
      BigDecimal alliancePercent,
      boolean withheld) {}
}
