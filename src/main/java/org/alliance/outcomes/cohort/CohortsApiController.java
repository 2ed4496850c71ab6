package org.alliance.outcomes.cohort;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.outcomes.disclosure.Cell;
import org.alliance.web.FormFields;
import org.alliance.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/outcomes/cohorts} and {@code GET /api/outcomes/cohorts/{id}}: the cohorts'
 * before-and-after figures, as the pages show them, to anyone (everything has been through
 * disclosure control, as the indicators' figures have).
 */
@RestController
class CohortsApiController {

  private final Cohorts cohorts;

  CohortsApiController(Cohorts cohorts) {
    this.cohorts = cohorts;
  }

  @GetMapping(value = "/api/outcomes/cohorts", produces = "application/json")
  Map<String, Object> list() {
    return Map.of("cohorts", cohorts.shownAll().stream().map(CohortsApiController::json).toList());
  }

  @GetMapping(value = "/api/outcomes/cohorts/{cohortId}", produces = "application/json")
  Map<String, Object> one(@PathVariable("cohortId") String cohortId) {
    UUID id = FormFields.uuid(cohortId);
    if (id == null) {
      throw new NoSuchCohort();
    }
    return json(cohorts.shown(id).orElseThrow(NoSuchCohort::new));
  }

  private static Map<String, Object> json(ShownCohort cohort) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", cohort.id().toString());
    json.put("name", cohort.name());
    json.put("description", cohort.description());
    json.put("people", cell(cohort.people()));
    json.put("before", span(cohort.before()));
    json.put("after", span(cohort.after()));
    json.put("source", cohort.source());
    json.put(
        "figures",
        cohort.figures().stream()
            .map(
                figure -> {
                  Map<String, Object> f = new LinkedHashMap<>();
                  f.put("measure", figure.measure().code());
                  f.put("label", figure.measure().label());
                  f.put("before", cell(figure.before()));
                  f.put("after", cell(figure.after()));
                  Map<String, Object> change = new LinkedHashMap<>();
                  change.put("percent", figure.change().percent());
                  change.put(
                      "status",
                      switch (figure.change().status()) {
                        case SHOWN -> "shown";
                        case SUPPRESSED -> "suppressed";
                        case FROM_ZERO -> "from-zero";
                      });
                  f.put("change", change);
                  return f;
                })
            .toList());
    json.put("href", "/api/outcomes/cohorts/" + cohort.id());
    return json;
  }

  private static Map<String, Object> span(Span span) {
    return Map.of("from", span.from().toString(), "to", span.to().toString());
  }

  private static Map<String, Object> cell(Cell cell) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("value", cell.shown());
    json.put("status", cell.status());
    return json;
  }

  static final class NoSuchCohort extends RuntimeException {
    NoSuchCohort() {
      super("There is no cohort with that id. GET /api/outcomes/cohorts lists them.");
    }
  }

  @ExceptionHandler(NoSuchCohort.class)
  ResponseEntity<ProblemDetail> notFound(NoSuchCohort missing) {
    return Problems.respond(
        Problems.problem(
            HttpStatus.NOT_FOUND,
            "Not found",
            "/api/outcomes/problems/not-found",
            missing.getMessage()));
  }
}
