package org.alliance.commissioning.agreement;

/**
 * One leadership team member's place in a decision and their vote as it stands.
 *
 * @param member the member organisation's name, as the outcome names who dissented
 * @param choice null while they have not voted
 */
record Ballot(String name, String member, Choice choice, String reason) {

  boolean voted() {
    return choice != null;
  }

  /** "Harbour Housing (Sam Lee)": how the outcome names a voter. */
  String who() {
    return member + " (" + name + ")";
  }
}
