package org.alliance.commissioning.review;

import java.util.Collection;
import java.util.Optional;

/**
 * A red, amber or green rating of one criterion at a review, or not assessed yet; and the one rule
 * that rates a whole review from its criteria ({@link #overall}).
 */
public enum Rag {
  RED("red", "Red", "govuk-tag govuk-tag--red"),
  AMBER("amber", "Amber", "govuk-tag govuk-tag--orange"),
  GREEN("green", "Green", "govuk-tag govuk-tag--green"),
  NOT_ASSESSED("not-assessed", "Not assessed", "govuk-tag govuk-tag--grey");

  /** The overall rule as the review pages state it. */
  public static final String RULE =
      "Overall rating: any red criterion makes the review red; otherwise any amber makes it amber;"
          + " otherwise it is green once every criterion is rated, and not assessed until then.";

  private final String code;
  private final String label;
  private final String tag;

  Rag(String code, String label, String tag) {
    this.code = code;
    this.label = label;
    this.tag = tag;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The GOV.UK tag's classes: colour is never the only sign, the word is always shown too. */
  public String tag() {
    return tag;
  }

  public static Optional<Rag> fromCode(String code) {
    for (Rag rag : values()) {
      if (rag.code.equals(code)) {
        return Optional.of(rag);
      }
    }
    return Optional.empty();
  }

  /** The review's overall rating from its criteria's ratings: see {@link #RULE}. */
  public static Rag overall(Collection<Rag> criteria) {
    if (criteria.contains(RED)) {
      return RED;
    }
    if (criteria.contains(AMBER)) {
      return AMBER;
    }
    if (criteria.isEmpty() || criteria.contains(NOT_ASSESSED)) {
      return NOT_ASSESSED;
    }
    return GREEN;
  }
}
