package org.alliance.directory.oruk;

/** A query parameter the API does not know, or cannot read. */
class BadParameter extends RuntimeException {

  private final String parameter;

  BadParameter(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
