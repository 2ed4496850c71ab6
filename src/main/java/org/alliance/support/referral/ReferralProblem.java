package org.alliance.support.referral;

/** Something the user can put right, said as a sentence for the page's error summary. */
public class ReferralProblem extends RuntimeException {
  public ReferralProblem(String message) {
    super(message);
  }
}
