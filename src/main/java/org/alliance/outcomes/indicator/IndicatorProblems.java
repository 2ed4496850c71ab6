package org.alliance.outcomes.indicator;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage());
    problem.setTitle("Bad query parameter");
    problem.setType(URI.create("/api/outcomes/problems/bad-parameter"));
    problem.setProperty("parameter", bad.parameter());
    return respond(problem);
  }

  @ExceptionHandler(IndicatorsController.NoSuchIndicator.class)
  ResponseEntity<ProblemDetail> notFound(IndicatorsController.NoSuchIndicator missing) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
    problem.setTitle("Not found");
    problem.setType(URI.create("/api/outcomes/problems/not-found"));
    return respond(problem);
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> failed(RuntimeException failure) {
    log.error("Outcomes indicators API request failed", failure);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Try again later.");
    problem.setTitle("Server error");
    return respond(problem);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
