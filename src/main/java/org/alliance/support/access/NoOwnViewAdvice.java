package org.alliance.support.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An account that reads no record now (its link to the record ended while it was signed in) gets
 * the same plain page wherever it is, a page or a form it posts: one handler, so a route added
 * later cannot forget it and answer with a server error.
 */
@ControllerAdvice
class NoOwnViewAdvice {

  @ExceptionHandler(NoOwnView.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String noPlan() {
    return "support/my-plan/no-plan";
  }
}
