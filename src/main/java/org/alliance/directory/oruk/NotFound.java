package org.alliance.directory.oruk;

/** No record of this kind with this id. */
class NotFound extends RuntimeException {

  NotFound(String kind, String id) {
    super("No " + kind + " with id " + id);
  }
}
