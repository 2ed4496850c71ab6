package org.alliance.support;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Words people wrote in their own plan and chose to let the alliance quote, without their name, in
 * reports about the service. Only words the person still shares are returned; once they withdraw,
 * the words leave every report made after that. A quote carries the words, the member supporting
 * the person when they wrote them and the month: never a name, an id or a date of birth.
 */
public interface SharedWords {

  /** Shared words written in the months from {@code from} to {@code to}, oldest first. */
  List<Quote> writtenBetween(YearMonth from, YearMonth to);

  /**
   * @param memberId the member whose support the person was in when they wrote the words (their
   *     latest episode opened by then); null when there was none
   */
  record Quote(String words, UUID memberId, YearMonth month) {}
}
