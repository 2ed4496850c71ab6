package org.alliance.outcomes.indicator;

import org.alliance.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The indicators API's errors as RFC 9457 problem details. No detail repeats what was sent, so
 * nothing a caller sends comes back.
 */
@RestControllerAdvice(assignableTypes = IndicatorsController.class)
class IndicatorProblems {

  private static final Logger log = LoggerFactory.getLogger(IndicatorProblems.class);

  @ExceptionHandler(IndicatorsController.BadParameter.class)
  ResponseEntity<ProblemDetail> badParameter(IndicatorsController.BadParameter bad) {
    ProblemDetail problem =
        Problems.problem(
            HttpStatus.BAD_REQUEST,
            "Bad query parameter",
            "/api/outcomes/problems/bad-parameter",
            bad.getMessage());
    problem.setProperty("parameter", bad.parameter());
    return Problems.respond(problem);
  }

  @ExceptionHandler(IndicatorsController.NoSuchIndicator.class)
  ResponseEntity<ProblemDetail> notFound(IndicatorsController.NoSuchIndicator missing) {
    return Problems.respond(
        Problems.problem(
            HttpStatus.NOT_FOUND,
            "Not found",
            "/api/outcomes/problems/not-found",
            missing.getMessage()));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> failed(RuntimeException failure) {
    log.error("Outcomes indicators API request failed", failure);
    return Problems.respond(Problems.serverError());
  }
}
