package org.alliance.support.question;

import java.util.List;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.web.HomeNotice;
import org.alliance.web.HomeNotices;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Tells a trusted individual, on their home page, that people they lead for have questions waiting.
 * It names no one: naming would read each record (and show in each person's "Who has looked" every
 * time the worker came home), while the link opens the record through its usual door.
 */
@Component
class QuestionNotices implements HomeNotices {

  private final Questions questions;

  QuestionNotices(Questions questions) {
    this.questions = questions;
  }

  @Override
  public List<HomeNotice> noticesFor(Authentication user) {
    if (!(user.getPrincipal() instanceof AllianceUser worker)
        || !worker.hasRole(Role.PRACTITIONER)) {
      return List.of();
    }
    return questions.waitingFor(worker.userId()).stream()
        .map(
            waiting ->
                new HomeNotice(
                    (waiting.count() == 1
                            ? "A question waits"
                            : waiting.count() + " questions wait")
                        + " from someone you are the trusted individual for, since "
                        + Question.when(waiting.since())
                        + ".",
                    "Read their questions",
                    "/people/" + waiting.personId() + "/questions"))
        .toList();
  }
}
