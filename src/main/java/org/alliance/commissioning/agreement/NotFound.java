package org.alliance.commissioning.agreement;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such decision, principle, person or member: an id that does not exist or is not canonical. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  NotFound() {
    super("Not found", null, false, false);
  }

  /** An id from a URL: anything but a canonical UUID names nothing. */
  static UUID id(String text) {
    if (text == null || !CANONICAL.matcher(text).matches()) {
      throw new NotFound();
    }
    return UUID.fromString(text);
  }
}
