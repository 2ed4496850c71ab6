package org.alliance.directory.feeds;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /directory/feeds}: the feeds, each pull's outcome and its report by record. Editors read
 * them (the report says what a feed got wrong); administrators register feeds and pull them now.
 */
@Controller
class FeedsController {

  /** A report longer than this is cut on the page; the command prints it whole. */
  private static final int REPORT_LINES = 1000;

  private final Feeds feeds;
  private final FeedPull pull;

  FeedsController(Feeds feeds, FeedPull pull) {
    this.feeds = feeds;
    this.pull = pull;
  }

  /** The form as typed, bound by name. */
  record FeedForm(String url, String format, String name, String everyHours) {}

  @GetMapping("/directory/feeds")
  String list(Model model) {
    model.addAttribute("form", new FeedForm("", "oruk3", "", "24"));
    return page(model);
  }

  @PostMapping("/directory/feeds")
  String add(
      @AuthenticationPrincipal AllianceUser admin,
      @ModelAttribute("form") FeedForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Feeds.Added added =
        feeds.add(
            new Feeds.Draft(form.url(), form.format(), form.name(), form.everyHours()), admin);
    added.problems().forEach((field, message) -> errors.rejectValue(field, "invalid", message));
    if (errors.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(model);
    }
    redirect.addFlashAttribute(
        "success",
        "Registered %s: pull it now, or wait for its schedule".formatted(added.feed().name()));
    return "redirect:/directory/feeds/" + added.feed().id();
  }

  @GetMapping("/directory/feeds/{feedId}")
  String feed(
      @PathVariable UUID feedId,
      @RequestParam(name = "pull", required = false) UUID pullId,
      Model model) {
    Feed feed =
        feeds.find(feedId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    List<PullSummary> pulls = feeds.pulls(feedId, 20);
    PullSummary shown =
        pullId == null
            ? pulls.stream().findFirst().orElse(null)
            : pulls.stream()
                .filter(p -> p.id().equals(pullId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("feed", feed);
    model.addAttribute("pulls", pulls);
    model.addAttribute("shown", shown);
    model.addAttribute(
        "report", shown == null ? List.of() : feeds.report(shown.id(), REPORT_LINES + 1));
    model.addAttribute("reportLimit", REPORT_LINES);
    model.addAttribute("gone", feeds.gone(feedId));
    return "directory/feed";
  }

  /** An editor's review of a record gone from its feed: withdraw it from the directory. */
  @PostMapping("/directory/feeds/{feedId}/gone/{serviceId}/withdraw")
  String withdraw(
      @AuthenticationPrincipal AllianceUser editor,
      @PathVariable UUID feedId,
      @PathVariable String serviceId,
      RedirectAttributes redirect) {
    if (feeds.withdraw(feedId, serviceId, editor)) {
      redirect.addFlashAttribute("success", "Withdrawn: it no longer shows in searches or the API");
    }
    return "redirect:/directory/feeds/" + feedId;
  }

  @PostMapping("/directory/feeds/{feedId}/pull")
  String pullNow(@PathVariable UUID feedId, RedirectAttributes redirect) {
    if (feeds.find(feedId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    PullSummary done = pull.pull(feedId);
    redirect.addFlashAttribute("success", "Pulled: " + done.line());
    return "redirect:/directory/feeds/" + feedId;
  }

  private String page(Model model) {
    model.addAttribute("feeds", feeds.all());
    model.addAttribute("formats", FeedFormat.values());
    return "directory/feeds";
  }
}
