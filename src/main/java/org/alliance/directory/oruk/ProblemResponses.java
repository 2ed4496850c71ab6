package org.alliance.directory.oruk;

import java.net.URI;
import org.alliance.directory.search.ResultsTooDeep;
import org.alliance.directory.search.SearchTimedOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's errors as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = OpenReferralController.class)
class ProblemResponses {

  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  @ExceptionHandler(BadParameter.class)
  ResponseEntity<ProblemDetail> badParameter(BadParameter bad) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, bad.getMessage());
    problem.setTitle("Bad query parameter");
    problem.setType(URI.create("/openreferral/problems/bad-parameter"));
    problem.setProperty("parameter", bad.parameter());
    return respond(problem);
  }

  @ExceptionHandler(ResultsTooDeep.class)
  ResponseEntity<ProblemDetail> tooDeep(ResultsTooDeep deep) {
    return badParameter(new BadParameter("page", deep.getMessage()));
  }

  @ExceptionHandler(SearchTimedOut.class)
  ResponseEntity<ProblemDetail> timedOut(SearchTimedOut slow) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, slow.getMessage());
    problem.setTitle("Search timed out");
    problem.setType(URI.create("/openreferral/problems/search-timed-out"));
    return respond(problem);
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound missing) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
    problem.setTitle("Not found");
    problem.setType(URI.create("/openreferral/problems/not-found"));
    return respond(problem);
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> failed(RuntimeException failure) {
    log.error("Open Referral API request failed", failure);
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
