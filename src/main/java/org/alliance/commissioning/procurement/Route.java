package org.alliance.commissioning.procurement;

import java.math.BigDecimal;
import java.util.List;

/**
 * A route a service is bought under, read from {@code commissioning.procurement_route}.
 *
 * @param regime {@code psr} (the Provider Selection Regime, for health care services) or {@code
 *     pa2023} (the Procurement Act 2023, for the rest)
 * @param standstill whether an award decision on the route is followed by a standstill period
 * @param competitive whether bidders tender in stages (supplier questionnaire, initial and final
 *     tenders)
 * @param headings the scoring headings a new procurement on the route starts with
 */
record Route(
    String code,
    String regime,
    String name,
    String description,
    boolean standstill,
    boolean competitive,
    List<Heading> headings) {

  record Heading(String heading, BigDecimal weight) {
    public String weightText() {
      return Ranking.show(weight) + "%";
    }
  }

  public String regimeName() {
    return "psr".equals(regime)
        ? "Provider Selection Regime 2023 (health care services)"
        : "Procurement Act 2023 (other services)";
  }

  public String standstillText() {
    if (!standstill) {
      return "None";
    }
    return "psr".equals(regime)
        ? "8 working days after the day after the notice of intention (regulation 12)"
        : "8 working days beginning with the day of the contract award notice (section 51)";
  }

  /** The stages a new procurement on the route starts with; the headings go in the last. */
  List<String> defaultStages() {
    if (code.equals("psr-competitive") || code.equals("pa-competitive-flexible")) {
      return List.of("Supplier questionnaire", "Initial tenders", "Final tenders");
    }
    if (code.equals("pa-open")) {
      return List.of("Tenders");
    }
    return List.of("Assessment");
  }
}
