package org.alliance.commissioning.ledger;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change only the alliance manager (or, for their own spend, a finance lead) may make. */
@ResponseStatus(HttpStatus.FORBIDDEN)
final class ManagerOnly extends RuntimeException {
  ManagerOnly() {
    super("Only the alliance manager may change this", null, false, false);
  }
}
