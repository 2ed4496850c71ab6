package org.alliance.directory.oruk;

import org.alliance.directory.search.ResultsTooDeep;
import org.alliance.directory.search.SearchTimedOut;
import org.alliance.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
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
        Problems.problem(
            HttpStatus.BAD_REQUEST,
            "Bad query parameter",
            "/openreferral/problems/bad-parameter",
            bad.getMessage());
    problem.setProperty("parameter", bad.parameter());
    return Problems.respond(problem);
  }

  @ExceptionHandler(ResultsTooDeep.class)
  ResponseEntity<ProblemDetail> tooDeep(ResultsTooDeep deep) {
    return badParameter(new BadParameter("page", deep.getMessage()));
  }

  @ExceptionHandler(SearchTimedOut.class)
  ResponseEntity<ProblemDetail> timedOut(SearchTimedOut slow) {
    return Problems.respond(
        Problems.problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Search timed out",
            "/openreferral/problems/search-timed-out",
            slow.getMessage()));
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound missing) {
    return Problems.respond(
        Problems.problem(
            HttpStatus.NOT_FOUND,
            "Not found",
            "/openreferral/problems/not-found",
            missing.getMessage()));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> failed(RuntimeException failure) {
    log.error("Open Referral API request failed", failure);
    return Problems.respond(Problems.serverError());
  }
}
