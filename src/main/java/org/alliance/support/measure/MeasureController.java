package org.alliance.support.measure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's outcome measures, {@code /people/{id}/measures}: what is due, what was recorded and
 * the change since the start; and the form for one measure, built from its definition.
 */
@Controller
class MeasureController {

  private final Recordings recordings;
  private final MeasureLibrary library;

  MeasureController(Recordings recordings, MeasureLibrary library) {
    this.recordings = recordings;
    this.library = library;
  }

  @GetMapping("/people/{id}/measures")
  String page(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("page", recordings.page(Practitioner.of(user), PathIds.parse(id)));
    return "support/measures";
  }

  @GetMapping("/people/{id}/measures/new")
  String form(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @RequestParam(name = "measure", required = false) String measure,
      @RequestParam(name = "stage", required = false) String stage,
      Model model) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    Optional<MeasureVersion> version =
        measure == null || measure.length() > 40 ? Optional.empty() : library.latest(measure);
    if (version.isEmpty()) {
      Recordings.Choices choices = recordings.choices(viewer, personId);
      model.addAttribute("choices", choices.measures());
      model.addAttribute("person", choices.person());
      model.addAttribute("personId", personId);
      model.addAttribute("unknown", measure != null && !measure.isBlank());
      return "support/measure-choose";
    }
    String knownStage = Stage.fromCode(stage).map(Stage::code).orElse("");
    return show(
        recordings.form(viewer, personId, version.get()),
        RecordingForm.startingWith(version.get().id().toString(), knownStage, Recordings.today()),
        AnswerForm.empty(),
        Map.of(),
        model);
  }

  @PostMapping("/people/{id}/measures")
  String record(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") RecordingForm form,
      @RequestParam Map<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    MeasureVersion version =
        library
            .version(PathIds.parse(form.version() == null ? "" : form.version().strip()))
            .orElseThrow(NoSuchRecord::new);
    FormPage page = recordings.form(viewer, personId, version);
    Map<String, String> errors = new LinkedHashMap<>();
    Optional<Stage> stage = Stage.fromCode(form.stage());
    if (stage.isEmpty()) {
      errors.put("stage", "Choose the stage it was asked at");
    }
    LocalDate asked = form.asked(errors, Recordings.today());
    AnswerForm answers = AnswerForm.read(version.definition(), params);
    errors.putAll(answers.errors);
    if (!errors.isEmpty()) {
      return show(page, form, answers, errors, model);
    }
    recordings.record(viewer, personId, version, stage.get(), asked, answers.answers);
    redirect.addFlashAttribute(
        "success", version.name() + " is recorded (" + stage.get().label().toLowerCase() + ")");
    return "redirect:/people/" + personId + "/measures";
  }

  private String show(
      FormPage page,
      RecordingForm form,
      AnswerForm answers,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("page", page);
    model.addAttribute("form", form);
    model.addAttribute("answers", answers);
    model.addAttribute("errors", errors);
    return "support/measure-form";
  }
}
