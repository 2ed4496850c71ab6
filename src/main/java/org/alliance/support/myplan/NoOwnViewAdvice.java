package org.alliance.support.myplan;

import org.alliance.support.access.NoOwnView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An account that reads no record now gets the same plain page on every "My plan" page. */
@ControllerAdvice(assignableTypes = {WhoHasLookedController.class, AskController.class})
class NoOwnViewAdvice {

  @ExceptionHandler(NoOwnView.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String noPlan() {
    return "support/my-plan/no-plan";
  }
}
