package org.alliance.support.record;

import org.alliance.support.access.RecordMayExist;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Any page of a record the viewer may not open sends them to the record's own address, which says
 * only that a record may exist and how to ask for access. One answer, wherever they tried.
 */
@ControllerAdvice(basePackages = "org.alliance.support")
class MayExistRedirect {

  @ExceptionHandler(RecordMayExist.class)
  String toTheRecord(RecordMayExist mayExist) {
    return "redirect:/people/" + mayExist.personId();
  }
}
