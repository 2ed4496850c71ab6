package org.alliance.directory.vocabulary;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.alliance.directory.search.SearchWords;
import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /directory/search-words}: the words people use when they look for support, and the
 * directory's word for each, which search reads them as. Editors add the words their area uses and
 * take away any that mislead.
 */
@Controller
class SearchWordsController {

  private final SearchWords vocabulary;

  SearchWordsController(SearchWords vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The form as typed: bound by name, so nothing else can be set. */
  record SearchWordForm(String words, String means, Boolean someoneElse) {}

  @GetMapping("/directory/search-words")
  String list(Model model) {
    model.addAttribute("form", new SearchWordForm("", "", false));
    return page(model);
  }

  @PostMapping("/directory/search-words")
  String add(
      @AuthenticationPrincipal AllianceUser editor,
      @ModelAttribute("form") SearchWordForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    SearchWords.Draft draft =
        new SearchWords.Draft(form.words(), form.means(), Boolean.TRUE.equals(form.someoneElse()));
    vocabulary
        .add(draft, editor.getUsername())
        .forEach((field, message) -> errors.rejectValue(field, "invalid", message));
    if (errors.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(model);
    }
    redirect.addFlashAttribute(
        "success",
        "Added \u201c%s\u201d: searches for it now find %s"
            .formatted(draft.keptWords(), draft.keptMeaning()));
    return "redirect:/directory/search-words";
  }

  @PostMapping("/directory/search-words/{wordId}/remove")
  String remove(@PathVariable UUID wordId, RedirectAttributes redirect) {
    if (vocabulary.remove(wordId)) {
      redirect.addFlashAttribute("success", "Removed from the vocabulary");
    }
    return "redirect:/directory/search-words";
  }

  private String page(Model model) {
    model.addAttribute("words", vocabulary.all());
    return "directory/search-words";
  }
}
