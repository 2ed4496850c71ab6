package org.alliance.directory.search;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * What someone is looking for. Every part is optional; {@code near} with {@code withinMiles} limits
 * by distance and orders nearest first among equally relevant results.
 *
 * @param termIds every one of these taxonomy terms (or a narrower one) must be on the service
 * @param anyOfTermIds at least one of these, when not empty (e.g. any of the chosen referral
 *     routes)
 * @param openAt day and time the service must be open, or null
 */
public record SearchQuery(
    String text,
    Set<String> termIds,
    Set<String> anyOfTermIds,
    Integer age,
    Near near,
    Double withinMiles,
    OpenAt openAt,
    boolean withCapacity,
    String organizationId,
    String taxonomyId,
    java.time.Instant modifiedAfter,
    AgeLimits ageLimits,
    Hours hours,
    int page,
    int perPage) {

  public SearchQuery {
    termIds = termIds == null ? Set.of() : Set.copyOf(termIds);
    anyOfTermIds = anyOfTermIds == null ? Set.of() : Set.copyOf(anyOfTermIds);
    page = Math.max(page, 1);
    perPage = Math.max(1, Math.min(perPage, 100));
  }

  public static SearchQuery text(String text) {
    return new SearchQuery(
        text, Set.of(), Set.of(), null, null, null, null, false, null, null, null, null, null, 1,
        10);
  }

  public record Near(double latitude, double longitude) {}

  public record OpenAt(DayOfWeek day, LocalTime time) {}

  /**
   * The Open Referral UK age filters: the service's own minimum age is at least {@code
   * minimumAtLeast}, its maximum age at most {@code maximumAtMost}.
   */
  public record AgeLimits(Integer minimumAtLeast, Integer maximumAtMost) {}

  /**
   * The Open Referral UK schedule filters: open on {@code day} (any day when null), opening no
   * earlier than {@code from} and closing no later than {@code to}.
   */
  public record Hours(DayOfWeek day, LocalTime from, LocalTime to) {}
}
