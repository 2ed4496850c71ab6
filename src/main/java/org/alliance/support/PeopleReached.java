package org.alliance.support;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * How many different people the alliance reached in a period: people with at least one contact they
 * came to. Each person counts once, under the member whose contact reached them first in the
 * period, so the members' counts add up to exactly the total: a table of them with its total can be
 * put through disclosure control as it is, and no member's count can be worked out from the total
 * by subtraction once suppressed. True counts, naming no one: whoever shows them puts them through
 * disclosure control first.
 */
public interface PeopleReached {

  /** The months from {@code from} to {@code to}, both included (UK time). */
  Reached between(YearMonth from, YearMonth to);

  /**
   * @param byMember different people first reached by each member in the period, members who
   *     reached no one left out
   */
  record Reached(Map<UUID, Integer> byMember) {

    public Reached {
      byMember = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byMember));
    }

    /** Different people with an attended contact at any member. */
    public int total() {
      return byMember.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
