package org.alliance.support.question;

import java.util.List;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.Person;

/** A person's questions for their team's page: unanswered first, newest first. */
public record QuestionsPage(RecordAccess access, Person person, List<Question> questions) {

  public long waiting() {
    return questions.stream().filter(q -> !q.answered()).count();
  }
}
