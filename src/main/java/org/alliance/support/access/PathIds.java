package org.alliance.support.access;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids from URLs: anything but a canonical UUID is a record that does not exist. */
public final class PathIds {

  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private PathIds() {}

  public static UUID parse(String id) {
    if (id == null || !CANONICAL.matcher(id).matches()) {
      throw new NoSuchRecord();
    }
    return UUID.fromString(id);
  }
}
