package org.alliance.support;

import java.util.Optional;

/**
 * The counts support keeps for the outcomes framework; the outcomes module's indicators are made
 * from them and describe them to people. Each counts events or people in the month they fall in.
 */
public enum Tally {
  /** Of contacts attended or missed, those missed without cancelling (by the contact's month). */
  DID_NOT_ATTEND("did-not-attend"),
  /** Of episodes opened, those with two or more attended contacts in their first 28 days. */
  ENGAGED("engaged"),
  /**
   * Of episodes opened, those whose first attended contact came within 21 days of the first contact
   * (the referral, or the episode's opening).
   */
  STARTED_WITHIN_THREE_WEEKS("started-within-three-weeks"),
  /** Of ratings of a goal that had been rated before, those higher than the last rating. */
  GOALS_PROGRESSED("goals-progressed"),
  /**
   * Of scores and items at a review with a start value for the same measure, those that moved the
   * way the measure's definition calls better.
   */
  MEASURES_IMPROVED("measures-improved"),
  /** Of opiate clients' discharges, successful completions not followed by re-presentation. */
  COMPLETION_OPIATE("completion-opiate"),
  /** Of non-opiate drug clients' discharges, the same. */
  COMPLETION_NON_OPIATE("completion-non-opiate"),
  /** Of alcohol-only clients' discharges, the same. */
  COMPLETION_ALCOHOL("completion-alcohol"),
  /** Of people in support on their 18th or 21st birthday, those whose move happened as planned. */
  PLANNED_TRANSITION("planned-transition"),
  /** Of referrals sent to members (not withdrawn), those that started. */
  REFERRAL_CONVERSION("referral-conversion"),
  /** Of people gone 90 days without an attended contact, those back within the next 90. */
  DORMANT_RE_ENGAGED("dormant-re-engaged");

  private final String code;

  Tally(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Tally> fromCode(String code) {
    for (Tally tally : values()) {
      if (tally.code.equals(code)) {
        return Optional.of(tally);
      }
    }
    return Optional.empty();
  }
}
