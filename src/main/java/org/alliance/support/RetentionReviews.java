package org.alliance.support;

/**
 * The daily retention review, which lists records past their retention date for the data-protection
 * lead. The scheduled job runs it on one node a day; the {@code retention-review} command runs it
 * now.
 */
public interface RetentionReviews {

  /** Runs the review now, unless another node is running it at this moment. */
  Summary runNow();

  /**
   * What one run did: counts only.
   *
   * @param ran false when another node held the review's lock, so this one did nothing
   * @param newlyListed records found due and listed by this run
   * @param noLongerDue records taken off the list because they are not due after all (a contact
   *     since, or a hold)
   * @param waiting records on the list after the run, waiting for the lead's decision
   */
  record Summary(boolean ran, int newlyListed, int noLongerDue, int waiting) {}
}
