package org.alliance.support.myplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.OwnViews;
import org.alliance.support.question.Questions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person asks their worker a question about their record. Only the person asks (a proxy's
 * account gets "not found"): the question reaches the team as theirs.
 */
@Component
class Asking {

  /** The longest "about" the table keeps; a goal's words may be longer. */
  private static final int LONGEST_ABOUT = 200;

  private final OwnViews views;
  private final OwnPlanReader reader;
  private final Questions questions;

  Asking(OwnViews views, OwnPlanReader reader, Questions questions) {
    this.views = views;
    this.reader = reader;
    this.questions = questions;
  }

  @Transactional
  AskPage page(UUID userId) {
    OwnView view = ownView(userId);
    return new AskPage(topics(view), questions.of(view));
  }

  /**
   * Stores the question and says who it went to: the trusted individual's name, or the team.
   *
   * @throws AskProblem with a message per field when the choice or the words will not do
   */
  @Transactional
  String ask(UUID userId, String topic, String words) {
    OwnView view = ownView(userId);
    Map<String, String> problems = new LinkedHashMap<>();
    AskPage.Topic chosen =
        topics(view).stream().filter(t -> t.code().equals(topic)).findFirst().orElse(null);
    if (chosen == null) {
      // An unknown goal id (or one not visible to the person) is a mistake, not a 404: the page
      // asks again.
      problems.put("about", "Choose what your question is about");
    }
    String question = words == null ? "" : words.strip();
    if (question.isEmpty()) {
      problems.put("question", "Write your question");
    } else if (question.codePointCount(0, question.length()) > Questions.LONGEST_QUESTION) {
      problems.put(
          "question",
          "Your question must be " + Questions.LONGEST_QUESTION + " characters or fewer");
    }
    if (!problems.isEmpty()) {
      throw new AskProblem(problems);
    }
    questions.ask(view, chosen.kind(), chosen.about(), question);
    MyPlan.Trusted trusted = reader.trusted(view);
    return trusted == null ? "your worker’s team" : trusted.name();
  }

  private OwnView ownView(UUID userId) {
    OwnView view = views.open(userId, "ask a question");
    if (!view.self()) {
      throw new NoSuchRecord();
    }
    return view;
  }

  /** The topics, with the goals the person can see (never a withheld one) by their words. */
  private List<AskPage.Topic> topics(OwnView view) {
    List<AskPage.Topic> topics = new ArrayList<>();
    topics.add(new AskPage.Topic("plan", "My plan", "plan", "My plan"));
    for (MyPlan.OwnGoal goal : reader.goals(view)) {
      String about = "Goal: " + goal.words();
      if (about.codePointCount(0, about.length()) > LONGEST_ABOUT) {
        about = about.substring(0, about.offsetByCodePoints(0, LONGEST_ABOUT - 1)) + "…";
      }
      topics.add(new AskPage.Topic("goal-" + goal.id(), about, "goal", about));
    }
    topics.add(new AskPage.Topic("appointment", "An appointment", "appointment", "An appointment"));
    topics.add(new AskPage.Topic("money", "Money", "money", "Money"));
    topics.add(new AskPage.Topic("other", "Something else", "other", "Something else"));
    return topics;
  }

  /** What is wrong with a question, by form field. */
  static class AskProblem extends RuntimeException {
    private final Map<String, String> problems;

    AskProblem(Map<String, String> problems) {
      super("The question will not do", null, false, false);
      this.problems = problems;
    }

    Map<String, String> problems() {
      return problems;
    }
  }
}
