package org.alliance.support.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.support.access.SensitivityLabel;

/** A goal in the person's words, in a life domain, with its steps and its progress over time. */
public record Goal(
    UUID id,
    UUID domainId,
    String domain,
    String words,
    InWordsOf inWordsOf,
    GoalStatus status,
    SensitivityLabel label,
    LocalDate setOn,
    String setBy,
    int version,
    List<Step> steps,
    List<Rating> ratings) {

  /** The latest rating, or null before the first. */
  public Rating latest() {
    return ratings.isEmpty() ? null : ratings.get(ratings.size() - 1);
  }

  /** The rating before the latest, to say which way things went; null with fewer than two. */
  public Rating previous() {
    return ratings.size() < 2 ? null : ratings.get(ratings.size() - 2);
  }

  public long stepsDone() {
    return steps.stream().filter(Step::done).count();
  }

  public String whose() {
    return Words.whose(inWordsOf, null, setBy);
  }

  public String setDay() {
    return Dates.day(setOn);
  }

  Goal withParts(List<Step> steps, List<Rating> ratings) {
    return new Goal(
        id, domainId, domain, words, inWordsOf, status, label, setOn, setBy, version, steps,
        ratings);
  }
}
