package org.alliance.outcomes.cohort;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.directory.Excerpt;
import org.alliance.identity.AllianceUser;
import org.alliance.web.FormFields;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /outcomes/cohorts}: before-and-after comparisons for cohorts, read by every worker,
 * entered, changed and imported by their writers ({@link CohortRoutes}).
 */
@Controller
class CohortController {

  private static final Set<String> DAYS =
      Set.of(
          CohortDraft.BEFORE_FROM,
          CohortDraft.BEFORE_TO,
          CohortDraft.AFTER_FROM,
          CohortDraft.AFTER_TO);

  private final Cohorts cohorts;

  CohortController(Cohorts cohorts) {
    this.cohorts = cohorts;
  }

  @GetMapping("/outcomes/cohorts")
  String list(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("cohorts", cohorts.shownAll());
    model.addAttribute("writes", CohortRoutes.writes(user));
    model.addAttribute("columns", String.join(",", CohortFile.COLUMNS));
    model.addAttribute("measures", CohortMeasure.values());
    return "outcomes/cohorts";
  }

  @PostMapping("/outcomes/cohorts/upload")
  String upload(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response)
      throws IOException {
    Cohorts.ImportReport report;
    String name = "the file";
    if (file == null || file.isEmpty()) {
      model.addAttribute("uploadError", "Select a CSV file of cohorts");
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return list(user, model);
    }
    name = Excerpt.of(file.getOriginalFilename() == null ? name : file.getOriginalFilename());
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      // One byte past the limit is enough to say the file is too large.
      bytes = in.readNBytes(CohortFile.MAX_BYTES + 1);
    }
    report = cohorts.importFile(name, bytes, writer(user));
    if (!report.imported()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    model.addAttribute("report", report);
    return list(user, model);
  }

  @GetMapping("/outcomes/cohorts/new")
  String blank(Model model) {
    return form(null, new LinkedHashMap<>(), new LinkedHashMap<>(), model);
  }

  @PostMapping("/outcomes/cohorts")
  String create(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = FormFields.typed(params);
    Map<String, String> errors = new LinkedHashMap<>();
    CohortDraft draft = draft(typed, errors);
    if (draft != null) {
      var id = cohorts.create(draft, writer(user));
      if (id.isPresent()) {
        redirect.addFlashAttribute("success", "Cohort added: " + draft.name());
        return "redirect:/outcomes/cohorts/" + id.get();
      }
      errors.put(CohortDraft.NAME, "A cohort with this name already exists; choose another name");
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return form(null, typed, errors, model);
  }

  @GetMapping("/outcomes/cohorts/{cohortId}")
  String show(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable("cohortId") String cohortId,
      Model model) {
    ShownCohort cohort = cohorts.shown(id(cohortId)).orElseThrow(CohortController::notFound);
    model.addAttribute("cohort", cohort);
    model.addAttribute("chart", CohortChart.of(cohort));
    model.addAttribute("writes", CohortRoutes.writes(user));
    return "outcomes/cohort";
  }

  @GetMapping("/outcomes/cohorts/{cohortId}/edit")
  String edit(@PathVariable("cohortId") String cohortId, Model model) {
    Cohort cohort = cohorts.find(id(cohortId)).orElseThrow(CohortController::notFound);
    return form(cohort.id(), typed(cohort), new LinkedHashMap<>(), model);
  }

  @PostMapping("/outcomes/cohorts/{cohortId}")
  String update(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable("cohortId") String cohortId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = id(cohortId);
    Map<String, String> typed = FormFields.typed(params);
    Map<String, String> errors = new LinkedHashMap<>();
    Integer version = FormFields.version(typed.get("version"));
    CohortDraft draft = draft(typed, errors);
    if (draft != null && version != null) {
      switch (cohorts.update(id, version, draft, writer(user))) {
        case SAVED -> {
          redirect.addFlashAttribute("success", "Cohort saved: " + draft.name());
          return "redirect:/outcomes/cohorts/" + id;
        }
        case GONE -> throw notFound();
        case NAME_TAKEN ->
            errors.put(
                CohortDraft.NAME, "A cohort with this name already exists; choose another name");
        case STALE -> stale(id, typed, errors);
      }
    } else if (version == null && draft != null) {
      stale(id, typed, errors);
    }
    response.setStatus(errors.containsKey("version") ? HttpServletResponse.SC_CONFLICT : 400);
    return form(id, typed, errors, model);
  }

  @PostMapping("/outcomes/cohorts/{cohortId}/delete")
  String delete(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable("cohortId") String cohortId,
      @RequestParam(name = "version", required = false) String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = id(cohortId);
    Cohort cohort = cohorts.find(id).orElseThrow(CohortController::notFound);
    Integer asked = FormFields.version(version);
    Cohorts.Saved saved =
        asked == null ? Cohorts.Saved.STALE : cohorts.delete(id, asked, writer(user));
    if (saved == Cohorts.Saved.GONE) {
      throw notFound();
    }
    if (saved == Cohorts.Saved.STALE) {
      Map<String, String> errors = new LinkedHashMap<>();
      Map<String, String> typed = typed(cohorts.find(id).orElse(cohort));
      errors.put(
          "version",
          "Someone changed this cohort after you opened it, so it was not deleted. Check it"
              + " below and delete it again if you still mean to");
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return form(id, typed, errors, model);
    }
    redirect.addFlashAttribute("success", "Cohort deleted: " + cohort.name());
    return "redirect:/outcomes/cohorts";
  }

  /** A stale form keeps what was typed, on top of the cohort's current version. */
  private void stale(UUID id, Map<String, String> typed, Map<String, String> errors) {
    Cohort current = cohorts.find(id).orElseThrow(CohortController::notFound);
    typed.put("version", Integer.toString(current.version()));
    errors.put(
        "version",
        "Someone changed this cohort after you opened it, by "
            + current.changedBy()
            + ". Your changes are below but were not saved: check them against the cohort and"
            + " save again");
  }

  private String form(UUID id, Map<String, String> typed, Map<String, String> errors, Model model) {
    model.addAttribute("cohortId", id);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("measures", CohortMeasure.values());
    return "outcomes/cohort-form";
  }

  /** The draft from the form, with its date problems under the date fields' day boxes. */
  private static CohortDraft draft(Map<String, String> typed, Map<String, String> errors) {
    Map<String, String> found = new LinkedHashMap<>();
    CohortDraft draft =
        CohortDraft.check(
            new CohortDraft.Given() {
              @Override
              public String text(String key) {
                return typed.get(key);
              }

              @Override
              public LocalDate day(String key, String label, Map<String, String> problems) {
                LocalDate day = FormFields.date(typed, key);
                if (day == null) {
                  boolean blank =
                      List.of("Day", "Month", "Year").stream()
                          .allMatch(part -> FormFields.strip(typed.get(key + part)) == null);
                  problems.put(
                      key,
                      blank
                          ? "Enter " + label
                          : FormFields.capital(label)
                              + " must be a real date from 2000 to 2100, like 1 4 2024");
                }
                return day;
              }
            },
            found);
    found.forEach((key, message) -> errors.put(DAYS.contains(key) ? key + "Day" : key, message));
    return draft;
  }

  private static Map<String, String> typed(Cohort cohort) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put(CohortDraft.NAME, cohort.name());
    typed.put(CohortDraft.DESCRIPTION, cohort.description());
    typed.put(CohortDraft.PEOPLE, Integer.toString(cohort.people()));
    FormFields.put(typed, CohortDraft.BEFORE_FROM, cohort.before().from());
    FormFields.put(typed, CohortDraft.BEFORE_TO, cohort.before().to());
    FormFields.put(typed, CohortDraft.AFTER_FROM, cohort.after().from());
    FormFields.put(typed, CohortDraft.AFTER_TO, cohort.after().to());
    typed.put(CohortDraft.SOURCE, cohort.source());
    for (CohortFigure figure : cohort.figures()) {
      typed.put(CohortDraft.beforeKey(figure.measure()), Integer.toString(figure.before()));
      typed.put(CohortDraft.afterKey(figure.measure()), Integer.toString(figure.after()));
    }
    typed.put("version", Integer.toString(cohort.version()));
    return typed;
  }

  private static CohortWriter writer(AllianceUser user) {
    return new CohortWriter(user, user.displayName());
  }

  private static UUID id(String text) {
    UUID id = FormFields.uuid(text);
    if (id == null) {
      throw notFound();
    }
    return id;
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such cohort");
  }
}
