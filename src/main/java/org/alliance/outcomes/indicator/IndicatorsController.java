package org.alliance.outcomes.indicator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliance.commissioning.ContractRef;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.outcomes.disclosure.Rate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * {@code GET /api/outcomes/indicators} and {@code GET /api/outcomes/indicators/{code}}: the
 * definitions, and one indicator's figures. Open to anyone, signed in or not, because every count
 * has been through disclosure control; the answer says so.
 */
@RestController
class IndicatorsController {

  /** The longest range asked for at once: five years of months. */
  static final int MOST_MONTHS = 60;

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final IndicatorDefinitions definitions;
  private final Indicators indicators;
  private final Disclosure disclosure;
  private final Provenances provenances;

  IndicatorsController(
      IndicatorDefinitions definitions,
      Indicators indicators,
      Disclosure disclosure,
      Provenances provenances) {
    this.definitions = definitions;
    this.indicators = indicators;
    this.disclosure = disclosure;
    this.provenances = provenances;
  }

  /** The API's own OpenAPI 3.1 description, which the tests hold every response to. */
  @GetMapping(value = "/api/outcomes/openapi.json", produces = "application/json")
  org.springframework.core.io.Resource openApi() {
    return new org.springframework.core.io.ClassPathResource("api/outcomes-openapi.json");
  }

  @GetMapping(value = "/api/outcomes/indicators", produces = "application/json")
  Map<String, Object> list() {
    LocalDate today = LocalDate.now(UK);
    return Map.of(
        "indicators",
        definitions.inForce(today).stream().map(IndicatorsController::definition).toList());
  }

  @GetMapping(value = "/api/outcomes/indicators/{indicatorCode}", produces = "application/json")
  Map<String, Object> one(
      @PathVariable("indicatorCode") String code,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String by) {
    YearMonth lastFull = YearMonth.now(UK).minusMonths(1);
    YearMonth until = month("to", to, lastFull);
    YearMonth since = month("from", from, until.minusMonths(11));
    if (since.isAfter(until)) {
      throw new BadParameter("from", "from must not be after to.");
    }
    if (since.plusMonths(MOST_MONTHS - 1L).isBefore(until)) {
      throw new BadParameter(
          "from", "A range may be at most " + MOST_MONTHS + " months; ask for less at a time.");
    }
    Breakdown breakdown =
        by == null
            ? Breakdown.NONE
            : Breakdown.fromCode(by)
                .orElseThrow(
                    () ->
                        new BadParameter(
                            "by",
                            "by must be one of none, member, sex, age-band, ethnicity or area."));
    IndicatorDefinition definition =
        definitions
            .inForce(code, LocalDate.now(UK))
            .or(() -> definitions.first(code))
            .orElseThrow(NoSuchIndicator::new);
    Period per =
        period == null
            ? definition.period()
            : Period.fromCode(period)
                .orElseThrow(
                    () ->
                        new BadParameter(
                            "period", "period must be one of month, quarter or year."));
    Figures figures =
        indicators.figures(code, since, until, per, breakdown).orElseThrow(NoSuchIndicator::new);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("indicator", definition(figures.definition()));
    body.put("from", since.toString());
    body.put("to", until.toString());
    body.put("period", per.code());
    body.put("by", breakdown.code());
    body.put(
        "disclosure",
        Map.of(
            "applied",
            figures.disclosed(),
            "threshold",
            disclosure.settings().threshold(),
            "note",
            "Counts from 1 to "
                + (disclosure.settings().threshold() - 1)
                + ", and any figure from which one could be worked out, are suppressed for"
                + " everyone who asks, whoever they are."));
    body.put("figures", figures.lines().stream().map(IndicatorsController::line).toList());
    body.put("provenance", provenance(provenances.of(figures)));
    return body;
  }

  private static YearMonth month(String name, String value, YearMonth otherwise) {
    if (value == null) {
      return otherwise;
    }
    if (!value.matches("[0-9]{4}-[0-9]{2}")) {
      throw new BadParameter(name, name + " must be a month written YYYY-MM, such as 2026-04.");
    }
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException notAMonth) {
      throw new BadParameter(name, name + " must be a month written YYYY-MM, such as 2026-04.");
    }
  }

  private static Map<String, Object> provenance(Provenance provenance) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("contract", provenance.contract() == null ? null : contract(provenance.contract()));
    json.put(
        "members",
        provenance.members().stream()
            .map(
                member -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("memberId", member.memberId().toString());
                  m.put("name", member.name());
                  m.put(
                      "contracts",
                      member.contracts().stream().map(IndicatorsController::contract).toList());
                  m.put(
                      "services",
                      member.services().stream()
                          .map(
                              service -> {
                                Map<String, Object> s = new LinkedHashMap<>();
                                s.put("id", service.id());
                                s.put("name", service.name());
                                s.put(
                                    "href",
                                    service.listed()
                                        ? "/find-support/services/"
                                            + UriUtils.encodePathSegment(
                                                service.id(), StandardCharsets.UTF_8)
                                        : null);
                                return s;
                              })
                          .toList());
                  return m;
                })
            .toList());
    return json;
  }

  private static Map<String, Object> contract(ContractRef contract) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", contract.id().toString());
    json.put("reference", contract.reference());
    json.put("service", contract.service());
    json.put("href", "/commissioning/contracts/" + contract.id());
    return json;
  }

  private static Map<String, Object> definition(IndicatorDefinition d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", d.code());
    json.put("version", d.version());
    json.put("name", d.name());
    json.put("description", d.description());
    json.put("numerator", d.numerator());
    json.put("denominator", d.denominator());
    json.put("period", d.period().code());
    json.put("target", d.target());
    json.put("better", d.better());
    json.put("contractId", d.contractId() == null ? null : d.contractId().toString());
    json.put("validFrom", d.validFrom().toString());
    json.put("caveat", d.caveat());
    json.put("href", "/api/outcomes/indicators/" + d.code());
    return json;
  }

  private static Map<String, Object> line(Figures.Line line) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("period", line.period() == null ? "all" : line.period());
    json.put("group", line.group() == null ? "all" : line.group());
    json.put("groupName", line.groupName() == null ? "Everyone" : line.groupName());
    json.put("numerator", cell(line.numerator()));
    json.put("denominator", cell(line.denominator()));
    json.put("rate", rate(line.rate()));
    return json;
  }

  private static Map<String, Object> cell(Cell cell) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("value", cell.shown());
    json.put("status", cell.status());
    return json;
  }

  private static Map<String, Object> rate(Rate rate) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("percent", rate.percent());
    json.put(
        "status",
        switch (rate.status()) {
          case SHOWN -> "shown";
          case FROM_ROUNDED_FIGURES -> "from-rounded-figures";
          case SUPPRESSED -> "suppressed";
          case NO_DENOMINATOR -> "no-denominator";
        });
    return json;
  }

  /** A query parameter that cannot be used; answered with a problem naming it. */
  static final class BadParameter extends RuntimeException {
    private final String parameter;

    BadParameter(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }

    String parameter() {
      return parameter;
    }
  }

  static final class NoSuchIndicator extends RuntimeException {
    NoSuchIndicator() {
      super("There is no indicator with that code. GET /api/outcomes/indicators lists them.");
    }
  }
}
