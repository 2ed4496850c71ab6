package org.alliance.commissioning.register;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such contract, grant or option: a 404, as for any id that does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

  NotFound() {
    super("Not found", null, false, false);
  }
}
