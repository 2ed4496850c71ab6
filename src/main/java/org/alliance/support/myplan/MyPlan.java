package org.alliance.support.myplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.SharedPart;
import org.alliance.support.plan.JourneyChart;

/**
 * "My plan" as the person (or their proxy) reads it: only the parts the account reaches, never an
 * entry a practitioner withheld. The same value is the page's model and the API's body.
 */
public record MyPlan(
    String name,
    boolean self,
    String relationship,
    List<String> parts,
    List<OwnGoal> goals,
    List<Person> network,
    List<OwnReview> reviews,
    List<Appointment> appointments,
    Trusted trusted,
    @com.fasterxml.jackson.annotation.JsonIgnore JourneyChart journey) {

  /** A goal: the words as they were written, whose words they are, and the person's own. */
  public record OwnGoal(
      UUID id,
      String words,
      String whose,
      String area,
      String status,
      boolean important,
      LocalDate youSaidDoneOn,
      boolean yours,
      List<Score> progress,
      List<Words> ownWords,
      int version) {

    /** The latest score out of 10, or null before the first. */
    public Score latest() {
      return progress.isEmpty() ? null : progress.get(progress.size() - 1);
    }
  }

  /** How it was going on a day, 1 to 10. */
  public record Score(LocalDate on, int score, String note) {}

  /**
   * Words the person or their proxy added to an entry.
   *
   * @param yours written by the person themself, so theirs to share in reports
   * @param shared whether the person lets the alliance quote them, without their name, in reports
   */
  public record Words(
      UUID id, String words, String by, Instant at, boolean yours, boolean shared) {}

  /** Someone in the person's network. */
  public record Person(
      UUID id, String name, String relationship, String helpsWith, List<Words> ownWords) {}

  /** A review of the plan. */
  public record OwnReview(
      UUID id, LocalDate on, String wentWell, String changed, List<Words> ownWords) {}

  /** A booked appointment still to come. */
  public record Appointment(UUID id, Instant at, String how, String where) {}

  /** The worker the person chose, and how to reach them. */
  public record Trusted(String name, String member, String website) {}

  static List<String> partCodes(OwnView view) {
    return List.of(SharedPart.codes(view.parts()));
  }

  public boolean reaches(String part) {
    return parts.contains(part);
  }
}
