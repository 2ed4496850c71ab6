package org.alliance.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details as every JSON API here answers them: a status, a title, a type naming
 * the kind of problem and a detail in plain words (never what the caller sent), as
 * application/problem+json. One shape for the Open Referral API and the outcomes API alike.
 */
public final class Problems {

  private Problems() {}

  public static ProblemDetail problem(HttpStatus status, String title, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    if (type != null) {
      problem.setType(URI.create(type));
    }
    return problem;
  }

  /** A failure of ours: the cause goes to the log, not to the caller. */
  public static ProblemDetail serverError() {
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Server error",
        null,
        "Something went wrong on our side. Try again later.");
  }

  public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
