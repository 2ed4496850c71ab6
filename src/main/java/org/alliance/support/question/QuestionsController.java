package org.alliance.support.question;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The questions a person asked from "My plan", for whoever may open their record to read. */
@Controller
class QuestionsController {

  private final Questions questions;

  QuestionsController(Questions questions) {
    this.questions = questions;
  }

  @GetMapping("/people/{id}/questions")
  String page(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("page", questions.page(Practitioner.of(user), PathIds.parse(id)));
    return "support/questions";
  }

  @PostMapping("/people/{id}/questions/{questionId}/answer")
  String answer(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String questionId,
      @RequestParam(name = "answer", required = false) String answer,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID question = PathIds.parse(questionId);
    Practitioner viewer = Practitioner.of(user);
    try {
      questions.answer(viewer, personId, question, answer);
    } catch (QuestionProblem problem) {
      model.addAttribute("page", questions.page(viewer, personId));
      model.addAttribute("failed", question);
      model.addAttribute("problem", problem.getMessage());
      model.addAttribute("typed", answer);
      return "support/questions";
    }
    redirect.addFlashAttribute("success", "Your answer was sent. They will see it in My plan.");
    return "redirect:/people/" + personId + "/questions";
  }
}
