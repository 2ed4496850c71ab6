package org.alliance.support.access;

import java.util.UUID;

/**
 * Proof that {@link PersonAccess} let someone read one member's national return (NDTMS): the
 * member's data lead, or the operator's command. Only {@code PersonAccess} can make one, so the
 * return's queries take it rather than a bare member id, as record queries take a {@link
 * RecordAccess}.
 */
public final class ReturnAccess {

  private final UUID memberId;
  private final String by;

  ReturnAccess(UUID memberId, String by) {
    this.memberId = memberId;
    this.by = by;
  }

  /** The member whose return this is: its own episodes, and no other member's. */
  public UUID memberId() {
    return memberId;
  }

  /** Who asked: the data lead's user name, or the operating-system user running the command. */
  public String by() {
    return by;
  }
}
