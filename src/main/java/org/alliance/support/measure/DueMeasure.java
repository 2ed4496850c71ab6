package org.alliance.support.measure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alliance.support.episode.EpisodeView;
import org.alliance.support.person.Person;

/**
 * A measure due for a person, from its definition's due rules and the person's episode: at the
 * start (the day the episode opened), every review interval from the last start or review asked in
 * the episode, at the end (the day it closed) and some weeks after it. The episode is the newest
 * open one, or else the newest closed one. A measure meant for other ages (TOP for adults, YPOR for
 * under-18s) is not due; with no date of birth, every measure may be.
 */
public record DueMeasure(MeasureVersion version, Stage stage, LocalDate dueOn, LocalDate today) {

  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  /** How soon a review is listed before its day. */
  static final int SOON_DAYS = 28;

  public String due() {
    return DAY.format(dueOn);
  }

  public boolean overdue() {
    return dueOn.isBefore(today);
  }

  /** "Overdue", "Due now" or "Due in 12 days". */
  public String status() {
    long days = ChronoUnit.DAYS.between(today, dueOn);
    return days < 0
        ? "Overdue"
        : days == 0 ? "Due today" : "Due in " + days + (days == 1 ? " day" : " days");
  }

  static List<DueMeasure> of(
      List<MeasureVersion> measures,
      Person person,
      List<EpisodeView> episodes,
      List<MeasureRecording> recordings,
      LocalDate today) {
    EpisodeView episode =
        episodes.stream()
            .filter(EpisodeView::open)
            .max(Comparator.comparing(EpisodeView::openedOn))
            .orElseGet(
                () ->
                    episodes.stream()
                        .max(Comparator.comparing(EpisodeView::openedOn))
                        .orElse(null));
    List<DueMeasure> due = new ArrayList<>();
    if (episode == null) {
      return due;
    }
    for (MeasureVersion measure : measures) {
      MeasureDefinition.Due rule = measure.definition().due();
      List<MeasureRecording> asked =
          recordings.stream()
              .filter(r -> r.code().equals(measure.code()))
              .filter(r -> !r.askedOn().isBefore(episode.openedOn()))
              .toList();
      if (episode.open()) {
        boolean started = asked.stream().anyMatch(r -> r.stage() == Stage.START);
        if (rule.atStart() && !started) {
          add(due, measure, person, Stage.START, episode.openedOn(), today);
        }
        if (rule.reviewEveryWeeks() != null && started) {
          LocalDate last =
              asked.stream()
                  .filter(r -> r.stage() == Stage.START || r.stage() == Stage.REVIEW)
                  .map(MeasureRecording::askedOn)
                  .max(Comparator.naturalOrder())
                  .orElse(episode.openedOn());
          LocalDate next = last.plusWeeks(rule.reviewEveryWeeks());
          if (!next.isAfter(today.plusDays(SOON_DAYS))) {
            add(due, measure, person, Stage.REVIEW, next, today);
          }
        }
      } else {
        if (rule.atExit() && asked.stream().noneMatch(r -> r.stage() == Stage.EXIT)) {
          add(due, measure, person, Stage.EXIT, episode.closedOn(), today);
        }
        if (rule.postExitWeeks() != null
            && asked.stream().noneMatch(r -> r.stage() == Stage.POST_EXIT)) {
          LocalDate after = episode.closedOn().plusWeeks(rule.postExitWeeks());
          if (!after.isAfter(today.plusDays(SOON_DAYS))) {
            add(due, measure, person, Stage.POST_EXIT, after, today);
          }
        }
      }
    }
    due.sort(Comparator.comparing(DueMeasure::dueOn).thenComparing(d -> d.version().code()));
    return due;
  }

  private static void add(
      List<DueMeasure> due,
      MeasureVersion measure,
      Person person,
      Stage stage,
      LocalDate on,
      LocalDate today) {
    if (measure.definition().appliesAt(person.ageOn(on))) {
      due.add(new DueMeasure(measure, stage, on, today));
    }
  }
}
