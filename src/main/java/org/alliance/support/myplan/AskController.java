package org.alliance.support.myplan;

import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Ask your worker a question": the person only; the answer comes back to this page. */
@Controller
class AskController {

  private final Asking asking;

  AskController(Asking asking) {
    this.asking = asking;
  }

  /** What the person chose and typed. {@code about} is a topic's code, never stored as sent. */
  record AskForm(String about, String question) {}

  @GetMapping("/my-plan/ask")
  String form(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("form", new AskForm(null, ""));
    model.addAttribute("ask", asking.page(user.userId()));
    return "support/my-plan/ask";
  }

  @PostMapping("/my-plan/ask")
  String ask(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") AskForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    try {
      String sentTo = asking.ask(user.userId(), form.about(), form.question());
      redirect.addFlashAttribute("success", "Your question was sent to " + sentTo + ".");
      return "redirect:/my-plan/ask";
    } catch (Asking.AskProblem problem) {
      problem.problems().forEach((field, message) -> errors.rejectValue(field, "ask", message));
      model.addAttribute("ask", asking.page(user.userId()));
      return "support/my-plan/ask";
    }
  }
}
