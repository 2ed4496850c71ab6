package org.alliance.commissioning.ledger;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A budget, line or entry that does not exist, or that the viewer may not see: both answer 404, so
 * a finance lead cannot tell another member's entry from no entry.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class NoSuchLedgerItem extends RuntimeException {
  NoSuchLedgerItem() {
    super("No such ledger item", null, false, false);
  }
}
