package org.alliance.directory.duplicates;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.directory.federation.FieldByField;
import org.alliance.directory.federation.SourcedRecord;
import org.alliance.directory.federation.SourcedRecords;
import org.alliance.identity.AllianceUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /directory/duplicates/review}: the queue of likely duplicates across feeds and Alliance's
 * own entries. Editors compare a pair field by field, with what would be published if linked, and
 * link them as the same service or mark them different; either can be undone.
 */
@Controller
class DuplicateReviewController {

  static final String BASE = "/directory/duplicates/review";
  private static final int PER_PAGE = 50;
  private static final int LAST_PAGE = 10_000;

  /** Words for each mergeable field, for the comparison table. */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("alternate_name", "Other name"),
          Map.entry("description", "Description"),
          Map.entry("url", "Website"),
          Map.entry("email", "Email"),
          Map.entry("application_process", "How to get help"),
          Map.entry("eligibility_description", "Who it is for"),
          Map.entry("minimum_age", "Youngest age"),
          Map.entry("maximum_age", "Oldest age"),
          Map.entry("fees_description", "Costs"),
          Map.entry("interpretation_services", "Interpreting"),
          Map.entry("wait_time", "Waiting time"));

  private final DuplicateQueue queue;
  private final SourcedRecords records;

  DuplicateReviewController(DuplicateQueue queue, SourcedRecords records) {
    this.queue = queue;
    this.records = records;
  }

  @GetMapping(BASE)
  String queue(@RequestParam(name = "page", required = false) String pageText, Model model) {
    int waiting = queue.waitingCount();
    int pages = Math.max(1, (waiting + PER_PAGE - 1) / PER_PAGE);
    int page = Math.min(pages, pageNumber(pageText));
    model.addAttribute("waiting", waiting);
    model.addAttribute("page", page);
    model.addAttribute("pages", pages);
    model.addAttribute("pairs", queue.waiting(page, PER_PAGE));
    model.addAttribute("decided", queue.decided(20));
    return "directory/duplicate-review";
  }

  @PostMapping(BASE + "/refresh")
  String refresh(RedirectAttributes redirect) {
    DuplicateQueue.Refreshed refreshed = queue.refresh();
    redirect.addFlashAttribute(
        "success", "Looked again: %d pairs wait for review".formatted(refreshed.waiting()));
    return "redirect:" + BASE;
  }

  @GetMapping(BASE + "/{pairId}")
  String pair(@PathVariable UUID pairId, Model model) {
    DuplicatePair pair = queue.find(pairId).orElseThrow(DuplicateReviewController::notFound);
    Map<String, SourcedRecord> read = records.read(List.of(pair.first().id(), pair.second().id()));
    SourcedRecord first = read.get(pair.first().id());
    SourcedRecord second = read.get(pair.second().id());
    SourcedRecord primary = FieldByField.primaryOf(first, second);
    SourcedRecord other = primary == first ? second : first;
    model.addAttribute("pair", pair);
    model.addAttribute("first", first);
    model.addAttribute("second", second);
    model.addAttribute("primary", primary);
    model.addAttribute("published", FieldByField.merge(primary, List.of(other)));
    model.addAttribute("labels", LABELS);
    return "directory/duplicate-pair";
  }

  @PostMapping(BASE + "/{pairId}/decision")
  String decide(
      @PathVariable UUID pairId,
      @RequestParam(name = "decision", required = false) String decisionText,
      @AuthenticationPrincipal AllianceUser editor,
      Model model,
      RedirectAttributes redirect) {
    DuplicatePair pair = queue.find(pairId).orElseThrow(DuplicateReviewController::notFound);
    var decision = DuplicateQueue.Decision.parse(decisionText);
    if (decision.isEmpty()) {
      redirect.addFlashAttribute(
          "problem", "Choose whether these are the same service or different services");
      return "redirect:" + BASE + "/" + pairId;
    }
    if (!queue.decide(pairId, decision.get(), editor)) {
      redirect.addFlashAttribute(
          "problem", "Someone else decided this pair while you were looking: see below");
      return "redirect:" + BASE + "/" + pairId;
    }
    redirect.addFlashAttribute(
        "success",
        decision.get() == DuplicateQueue.Decision.SAME
            ? "Linked %s and %s: they now publish as one service"
                .formatted(pair.first().name(), pair.second().name())
            : "Marked %s and %s as different services"
                .formatted(pair.first().name(), pair.second().name()));
    return "redirect:" + BASE;
  }

  @PostMapping(BASE + "/{pairId}/undo")
  String undo(
      @PathVariable UUID pairId,
      @AuthenticationPrincipal AllianceUser editor,
      RedirectAttributes redirect) {
    DuplicatePair pair = queue.find(pairId).orElseThrow(DuplicateReviewController::notFound);
    if (!queue.undo(pairId, editor)) {
      redirect.addFlashAttribute(
          "problem", "This pair is not decided, so there is nothing to undo");
      return "redirect:" + BASE + "/" + pairId;
    }
    redirect.addFlashAttribute(
        "success",
        "Undone: %s and %s wait for review again"
            .formatted(pair.first().name(), pair.second().name()));
    return "redirect:" + BASE + "/" + pairId;
  }

  private static int pageNumber(String text) {
    if (text == null || !text.matches("\\d{1,6}")) {
      return 1;
    }
    return Math.max(1, Math.min(LAST_PAGE, Integer.parseInt(text)));
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
