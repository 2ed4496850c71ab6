package org.alliance.commissioning.agreement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Their role reads the agreement and the log but may not make this change. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class NotAllowed extends RuntimeException {
  NotAllowed() {
    super("Not allowed", null, false, false);
  }
}
