package org.alliance.support.plan;

import java.util.Optional;
import java.util.UUID;
import org.alliance.support.access.SensitivityLabel;
import org.springframework.validation.Errors;

/** The forms of a goal: the goal itself, a step, a step done, and progress. */
final class GoalForms {

  private GoalForms() {}

  /** A goal as typed; {@code score} is where they are now, optional, on a new goal only. */
  record GoalForm(
      String domain,
      String words,
      String inWordsOf,
      String status,
      String label,
      String score,
      Integer version) {

    static final String FIELDS = "domain,words,inWordsOf,status,label,score";

    static GoalForm blank() {
      return new GoalForm(
          "", "", InWordsOf.PERSON.code(), GoalStatus.WORKING_ON.code(), "", "", null);
    }

    static GoalForm of(Goal goal) {
      return new GoalForm(
          goal.domainId().toString(),
          goal.words(),
          goal.inWordsOf().code(),
          goal.status().code(),
          goal.label() == null ? "" : goal.label().code(),
          "",
          goal.version());
    }

    Optional<Goals.Aim> check(Errors errors) {
      UUID domainId = null;
      if (domain != null && domain.strip().matches("[0-9a-fA-F-]{36}")) {
        try {
          domainId = UUID.fromString(domain.strip());
        } catch (IllegalArgumentException e) {
          // reported below
        }
      }
      if (domainId == null) {
        errors.rejectValue("domain", "required", "Choose the part of their life this goal is in");
      }
      String aim = FormValues.words(errors, "words", words, 500, "Write the goal in their words");
      Optional<InWordsOf> whose = InWordsOf.fromCode(inWordsOf);
      if (whose.isEmpty() || whose.get() == InWordsOf.SUPPORTER) {
        errors.rejectValue("inWordsOf", "required", "Say whose words these are");
      }
      GoalStatus where = GoalStatus.fromCode(status).orElse(GoalStatus.WORKING_ON);
      SensitivityLabel sensitive = FormValues.label(errors, label);
      if (errors.hasErrors()) {
        return Optional.empty();
      }
      return Optional.of(new Goals.Aim(domainId, aim, whose.get(), where, sensitive));
    }

    /** The first rating, if one was given; a bad one is reported on {@code errors}. */
    Integer firstScore(Errors errors) {
      if (FormValues.blank(score)) {
        return null;
      }
      try {
        return Progress.parse("score", score);
      } catch (PlanProblem problem) {
        errors.rejectValue("score", "range", problem.getMessage());
        return null;
      }
    }

    public boolean labelled(String code) {
      return code.equals(label);
    }
  }

  /** A step as typed, and who helps: nobody named, "me", or a network member's id. */
  record StepForm(String stepWords, String helper) {

    static StepForm blank() {
      return new StepForm("", "");
    }

    Optional<Goals.Helper> helperChosen(Errors errors) {
      if (FormValues.blank(helper)) {
        return Optional.of(Goals.Helper.NOBODY);
      }
      if (helper.equals("me")) {
        return Optional.of(new Goals.Helper(null, true));
      }
      try {
        return Optional.of(
            new Goals.Helper(org.alliance.support.access.PathIds.parse(helper), false));
      } catch (RuntimeException notAnId) {
        errors.rejectValue("helper", "unknown", "Choose who helps from the list");
        return Optional.empty();
      }
    }
  }

  /** Done or not, and the version of the step the button was shown with. */
  record StepDoneForm(String done, Integer version) {}

  /** A progress rating as typed. */
  record ProgressForm(String score, String ratedBy, String note) {

    static ProgressForm blank() {
      return new ProgressForm("", InWordsOf.PERSON.code(), "");
    }
  }
}
