package org.alliance.support.transition;

import java.time.LocalDate;
import java.util.List;
import org.alliance.directory.DirectoryService;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.Person;

/**
 * The transition page: the birthdays, both plans, and the milestone being planned, with the service
 * chosen for it (from the directory search, or the plan's own).
 */
public record TransitionPage(
    RecordAccess access,
    Person person,
    List<TransitionPlan> plans,
    int milestone,
    DirectoryService chosen,
    LocalDate today) {

  public TransitionPlan plan() {
    return plan(milestone);
  }

  public TransitionPlan plan(int at) {
    return plans.stream().filter(p -> p.milestone() == at).findFirst().orElse(null);
  }

  public List<Integer> milestones() {
    return Reminder.MILESTONES;
  }

  /** "Turns 18 on 3 May 2027" or "Turned 18 on ...", or null without a date of birth. */
  public String birthday(int years) {
    LocalDate on = person.turns(years);
    if (on == null) {
      return null;
    }
    return (on.isAfter(today) ? "Turns " : "Turned ")
        + years
        + " on "
        + TransitionPlan.DAY.format(on);
  }
}
