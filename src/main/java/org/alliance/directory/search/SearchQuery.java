package org.alliance.directory.search;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * What someone is looking for. Every part is optional; {@code near} with {@code withinMiles} limits
 * by distance and orders nearest first among equally relevant results. Callers name the parts they
 * use through {@link #builder()}: {@code SearchQuery.builder().text("alcohol").age(17).build()}.
 *
 * @param termIds every one of these taxonomy terms (or a narrower one) must be on the service
 * @param anyOfTermIds at least one of these, when not empty (e.g. any of the chosen referral
 *     routes)
 * @param openAt day and time the service must be open, or null
 * @param asTyped search for the words exactly as typed, without reading them (no vocabulary, no
 *     spelling): the search as it was, for measuring what reading them adds
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
    boolean asTyped,
    int page,
    int perPage) {

  public SearchQuery {
    termIds = termIds == null ? Set.of() : Set.copyOf(termIds);
    anyOfTermIds = anyOfTermIds == null ? Set.of() : Set.copyOf(anyOfTermIds);
    page = Math.max(page, 1);
    perPage = Math.max(1, Math.min(perPage, 100));
  }

  public static SearchQuery text(String text) {
    return builder().text(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A search part by part; what is not set is not asked for. First page, ten a page. */
  public static final class Builder {
    private String text;
    private Set<String> termIds = Set.of();
    private Set<String> anyOfTermIds = Set.of();
    private Integer age;
    private Near near;
    private Double withinMiles;
    private OpenAt openAt;
    private boolean withCapacity;
    private String organizationId;
    private String taxonomyId;
    private java.time.Instant modifiedAfter;
    private AgeLimits ageLimits;
    private Hours hours;
    private boolean asTyped;
    private int page = 1;
    private int perPage = 10;

    private Builder() {}

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Every one of these terms (or a narrower one). */
    public Builder allOfTerms(Set<String> termIds) {
      this.termIds = termIds;
      return this;
    }

    /** At least one of these terms, when any are given. */
    public Builder anyOfTerms(Set<String> anyOfTermIds) {
      this.anyOfTermIds = anyOfTermIds;
      return this;
    }

    /** For someone of this age: the service's age range includes it. */
    public Builder age(Integer age) {
      this.age = age;
      return this;
    }

    /** From this place, nearest first; within {@code miles} of it unless that is null. */
    public Builder near(Near near, Double miles) {
      this.near = near;
      this.withinMiles = miles;
      return this;
    }

    public Builder openAt(OpenAt openAt) {
      this.openAt = openAt;
      return this;
    }

    public Builder withCapacity(boolean withCapacity) {
      this.withCapacity = withCapacity;
      return this;
    }

    public Builder organization(String organizationId) {
      this.organizationId = organizationId;
      return this;
    }

    public Builder taxonomy(String taxonomyId) {
      this.taxonomyId = taxonomyId;
      return this;
    }

    public Builder modifiedAfter(java.time.Instant modifiedAfter) {
      this.modifiedAfter = modifiedAfter;
      return this;
    }

    public Builder ageLimits(AgeLimits ageLimits) {
      this.ageLimits = ageLimits;
      return this;
    }

    public Builder hours(Hours hours) {
      this.hours = hours;
      return this;
    }

    /** The words exactly as typed: no vocabulary, no spelling. */
    public Builder asTyped(boolean asTyped) {
      this.asTyped = asTyped;
      return this;
    }

    public Builder page(int page, int perPage) {
      this.page = page;
      this.perPage = perPage;
      return this;
    }

    public SearchQuery build() {
      return new SearchQuery(
          text,
          termIds,
          anyOfTermIds,
          age,
          near,
          withinMiles,
          openAt,
          withCapacity,
          organizationId,
          taxonomyId,
          modifiedAfter,
          ageLimits,
          hours,
          asTyped,
          page,
          perPage);
    }
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
