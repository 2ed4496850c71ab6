package org.alliance.commissioning.agreement;

/**
 * Where a decision stands under {@link DecisionRule}.
 *
 * @param awaiting how many of the leadership team have not voted yet
 * @param reason the outcome in words, such as "Not carried: Harbour Housing (Sam Lee) dissented:
 *     ..."
 */
record Verdict(Result result, int awaiting, String reason) {

  enum Result {
    CARRIED,
    NOT_CARRIED,
    /** Votes are still missing and they could still decide it. */
    AWAITING
  }

  boolean carried() {
    return result == Result.CARRIED;
  }
}
