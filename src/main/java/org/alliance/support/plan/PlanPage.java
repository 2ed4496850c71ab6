package org.alliance.support.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.access.Withheld;
import org.alliance.support.person.Person;

/** Everything the plan page shows, read under one {@link RecordAccess}. */
public record PlanPage(
    RecordAccess access,
    Person person,
    PlanSettings settings,
    List<Entry> entries,
    List<NetworkMember> network,
    List<Goal> goals,
    List<Contribution> contributions,
    List<Review> reviews,
    Instant firstContact,
    LocalDate firstSupport,
    LocalDate nextReview,
    NetworkMap map,
    JourneyChart chart,
    List<java.util.UUID> mergedPlans,
    Withheld withheld) {

  public List<Entry> at(Stage stage) {
    return entries.stream().filter(e -> e.stage() == stage).toList();
  }

  public List<Stage> stages() {
    return List.of(Stage.values());
  }

  public LocalDate today() {
    return LocalDate.now(PersonAccess.UK);
  }

  public String day(LocalDate date) {
    return Dates.day(date);
  }

  public String firstContactDay() {
    return firstContact == null ? "" : Dates.day(firstContactOn());
  }

  private LocalDate firstContactOn() {
    return LocalDate.ofInstant(firstContact, PersonAccess.UK);
  }

  /**
   * Days from first contact to the first support given, or null before any: the "assess and do"
   * measure. Support given the same day as first contact is 0 days.
   */
  public Long daysToFirstSupport() {
    if (firstSupport == null || firstContact == null) {
      return null;
    }
    return Math.max(0, ChronoUnit.DAYS.between(firstContactOn(), firstSupport));
  }

  public String timeToFirstSupport() {
    Long days = daysToFirstSupport();
    if (days == null) {
      return "No support recorded yet";
    }
    if (days == 0) {
      return "The same day as their first contact";
    }
    return days + (days == 1 ? " day" : " days") + " after their first contact";
  }

  public boolean reviewOverdue() {
    return nextReview != null && nextReview.isBefore(today());
  }

  public List<NetworkMember> around() {
    return network.stream().filter(NetworkMember::stillAround).toList();
  }

  public List<NetworkMember> before() {
    return network.stream().filter(m -> !m.stillAround()).toList();
  }
}
