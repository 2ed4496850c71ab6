package org.alliance.support.myplan;

import java.util.List;

/**
 * "Who has looked": one page of the audit of the person's record in plain words, newest first.
 *
 * @param self whether the person reads it (a proxy reads "the record", not "your record")
 * @param name the person's first name, for a proxy's page
 * @param namesShown whether the alliance lets workers' names be shown
 */
public record WhoHasLooked(
    boolean self, String name, int page, List<Look> looks, boolean more, boolean namesShown) {

  /**
   * One entry: when, who (a worker, someone the person chose, or the alliance itself), where they
   * work and their job, what they did, and for emergency access, why.
   */
  public record Look(
      String when,
      String who,
      String member,
      String role,
      String what,
      boolean emergency,
      String why) {}

  public Integer previous() {
    return page > 1 ? page - 1 : null;
  }

  public Integer next() {
    return more ? page + 1 : null;
  }
}
