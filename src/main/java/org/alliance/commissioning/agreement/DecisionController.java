package org.alliance.commissioning.agreement;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.agreement.DecisionForms.ProposalForm;
import org.alliance.commissioning.agreement.DecisionForms.SearchForm;
import org.alliance.commissioning.agreement.DecisionForms.VoteForm;
import org.alliance.identity.AllianceUser;
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
 * {@code /alliance/decisions}: the leadership team's decisions log, found by topic, word and date;
 * proposing a decision; each decision's page with every vote, dissent and abstention, the forms to
 * vote (in one's own place) or record a vote given at a meeting, and closing.
 */
@Controller
class DecisionController {

  private final Decisions decisions;

  DecisionController(Decisions decisions) {
    this.decisions = decisions;
  }

  @GetMapping("/alliance/decisions")
  String log(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("search") SearchForm search,
      Model model,
      HttpServletResponse response) {
    Map<String, String> errors = new LinkedHashMap<>();
    Decisions.Search checked = search.check(errors);
    List<Decisions.Summary> found = checked == null ? List.of() : decisions.find(checked);
    if (!errors.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    model.addAttribute("errors", errors);
    model.addAttribute("topics", decisions.topics());
    model.addAttribute("found", found);
    model.addAttribute(
        "searched",
        checked != null
            && (checked.topicId() != null
                || checked.words() != null
                || checked.from() != null
                || checked.to() != null));
    model.addAttribute("rights", AllianceRights.of(user));
    model.addAttribute("keyRule", DecisionRule.KEY_RULE);
    model.addAttribute("majorityRule", DecisionRule.MAJORITY_RULE);
    return "commissioning/agreement/decisions";
  }

  @GetMapping("/alliance/decisions/new")
  String proposeForm(@AuthenticationPrincipal AllianceUser user, Model model) {
    AllianceRights.of(user).requirePropose();
    return proposePage(ProposalForm.blank(Decisions.today()), Map.of(), model);
  }

  @PostMapping("/alliance/decisions")
  String propose(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") ProposalForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AllianceRights.of(user).requirePropose();
    Map<String, String> errors = new LinkedHashMap<>();
    Decisions.Proposal proposal = form.check(errors, Decisions.today());
    if (proposal != null) {
      try {
        UUID id = decisions.propose(user, proposal);
        redirect.addFlashAttribute(
            "success", "The decision is proposed: the leadership team can vote on it now");
        return "redirect:/alliance/decisions/" + id;
      } catch (AgreementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return proposePage(form, errors, model);
  }

  private String proposePage(ProposalForm form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("topics", decisions.topics());
    model.addAttribute("keyRule", DecisionRule.KEY_RULE);
    model.addAttribute("majorityRule", DecisionRule.MAJORITY_RULE);
    return "commissioning/agreement/propose";
  }

  @GetMapping("/alliance/decisions/{decisionId}")
  String decision(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String decisionId, Model model) {
    return show(user, NotFound.id(decisionId), Map.of(), null, model);
  }

  @PostMapping("/alliance/decisions/{decisionId}/votes")
  String vote(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String decisionId,
      @ModelAttribute VoteForm form,
      @RequestParam(name = "recording", required = false) String recording,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(decisionId);
    AllianceRights rights = AllianceRights.of(user);
    if (!rights.mayVoteInOwnPlace() && !rights.mayRecordVotesGivenAtMeetings()) {
      throw new NotAllowed();
    }
    boolean atMeeting = "yes".equals(recording) && rights.mayRecordVotesGivenAtMeetings();
    Map<String, String> errors = new LinkedHashMap<>();
    Decisions.NewVote vote = form.check(errors, Decisions.today(), atMeeting);
    if (vote != null) {
      try {
        decisions.vote(user, id, vote);
        redirect.addFlashAttribute(
            "success",
            atMeeting ? "The vote given at the meeting is recorded" : "Your vote is recorded");
        return "redirect:/alliance/decisions/" + id + "#votes";
      } catch (AgreementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    if (atMeeting) {
      // The manager's form sits beside their own vote form: its fields are "m-" on the page.
      Map<String, String> prefixed = new LinkedHashMap<>();
      errors.forEach((field, message) -> prefixed.put("m-" + field, message));
      return show(user, id, prefixed, null, model, form);
    }
    return show(user, id, errors, form, model, null);
  }

  @PostMapping("/alliance/decisions/{decisionId}/close")
  String close(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String decisionId,
      @RequestParam(name = "version", required = false) String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(decisionId);
    AllianceRights.of(user).requireClose();
    Map<String, String> errors = new LinkedHashMap<>();
    Integer seen = Forms.version(version);
    if (seen == null) {
      errors.put(
          "close", "This decision changed since you opened it: check the votes and try again");
    } else {
      try {
        Verdict verdict = decisions.close(user, id, seen);
        redirect.addFlashAttribute("success", "The decision is closed. " + verdict.reason());
        return "redirect:/alliance/decisions/" + id;
      } catch (AgreementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      } catch (StaleChange stale) {
        errors.put("close", stale.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return show(user, id, errors, null, model);
  }

  private String show(
      AllianceUser user, UUID id, Map<String, String> errors, VoteForm own, Model model) {
    return show(user, id, errors, own, model, null);
  }

  private String show(
      AllianceUser user,
      UUID id,
      Map<String, String> errors,
      VoteForm own,
      Model model,
      VoteForm recorded) {
    Decisions.DecisionPage page = decisions.page(user, id);
    model.addAttribute("page", page);
    model.addAttribute("errors", errors);
    VoteForm blank = VoteForm.blank(Decisions.today());
    model.addAttribute("vote", own == null ? blank : own);
    model.addAttribute("recorded", recorded == null ? blank : recorded);
    model.addAttribute("choices", Choice.values());
    return "commissioning/agreement/decision";
  }
}
