package org.alliance.support.access;

/**
 * No record the viewer may know of: it does not exist, or they are excluded from it, or their role
 * sees no records. The pages say "not found" for all three, so none can be told from another.
 */
@org.springframework.web.bind.annotation.ResponseStatus(
    org.springframework.http.HttpStatus.NOT_FOUND)
public class NoSuchRecord extends RuntimeException {
  public NoSuchRecord() {
    super("No such record", null, false, false);
  }
}
