package org.alliance.support.note;

import java.util.Optional;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing a case note, or a correction of one, on a page under the person's record. */
@Controller
class NoteController {

  private final Notes notes;

  NoteController(Notes notes) {
    this.notes = notes;
  }

  @GetMapping("/people/{id}/notes/new")
  String form(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @RequestParam(name = "corrects", required = false) String corrects,
      Model model) {
    UUID personId = PathIds.parse(id);
    UUID old = blank(corrects) ? null : PathIds.parse(corrects);
    NotePage page = notes.page(Practitioner.of(user), personId, old);
    model.addAttribute(
        "form",
        NoteForm.empty(corrects, page.corrected() == null ? null : page.corrected().label()));
    return show(page, model);
  }

  @PostMapping("/people/{id}/notes")
  String write(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") NoteForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID old = blank(form.corrects()) ? null : PathIds.parse(form.corrects());
    Practitioner viewer = Practitioner.of(user);
    Optional<NoteForm.Checked> checked = form.check(errors);
    if (checked.isEmpty()) {
      return show(notes.page(viewer, personId, old), model);
    }
    try {
      notes.write(viewer, personId, checked.get(), old);
    } catch (NoteProblem problem) {
      errors.rejectValue(problem.field(), "problem", problem.getMessage());
      return show(notes.page(viewer, personId, old), model);
    }
    redirect.addFlashAttribute(
        "success", old == null ? "The note is saved" : "The correction is saved");
    return "redirect:/people/" + personId;
  }

  private static String show(NotePage page, Model model) {
    model.addAttribute("page", page);
    return "support/work/note";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
