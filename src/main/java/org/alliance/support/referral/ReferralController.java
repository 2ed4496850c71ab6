package org.alliance.support.referral;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.directory.DirectoryService;
import org.alliance.directory.ServiceLookup;
import org.alliance.directory.ServiceSearch;
import org.alliance.identity.AllianceUser;
import org.alliance.organisation.Organisation;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.SensitivityLabel;
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

/**
 * Referrals and signposting from a person's record: find a directory service (or choose a member),
 * write the referral, follow it; and the list of referrals to the practitioner's own member.
 */
@Controller
class ReferralController {

  private final Referrals referrals;
  private final ServiceLookup directory;

  ReferralController(Referrals referrals, ServiceLookup directory) {
    this.referrals = referrals;
    this.directory = directory;
  }

  @GetMapping("/people/referrals")
  String incoming(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("incoming", referrals.toMyMember(Practitioner.of(user)));
    return "support/referrals-incoming";
  }

  @GetMapping("/people/{id}/referrals/new")
  String find(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @RequestParam(name = "words", required = false) String words,
      @RequestParam(name = "postcode", required = false) String postcode,
      Model model,
      HttpServletResponse response) {
    Practitioner viewer = Practitioner.of(user);
    model.addAttribute("sender", referrals.sender(viewer, PathIds.parse(id), "finding a referral"));
    model.addAttribute("members", referrals.otherMembers(viewer));
    ServiceSearch search = new ServiceSearch(words, postcode);
    model.addAttribute("search", search);
    if (words != null || postcode != null) {
      var result = directory.find(search);
      if (result.problem() != null) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      }
      model.addAttribute("result", result);
    }
    return "support/referral-find";
  }

  @GetMapping("/people/{id}/referrals/send")
  String form(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @RequestParam(name = "service", required = false) String service,
      @RequestParam(name = "member", required = false) String member,
      @RequestParam(name = "words", required = false) String words,
      @RequestParam(name = "postcode", required = false) String postcode,
      Model model) {
    ReferralForm form = ReferralForm.empty(service, member, words, postcode);
    return show(Practitioner.of(user), PathIds.parse(id), form, model, null);
  }

  @PostMapping("/people/{id}/referrals")
  String send(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("referralForm") ReferralForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Practitioner viewer = Practitioner.of(user);
    UUID personId = PathIds.parse(id);
    UUID memberId = target(viewer, form).member();
    String foundBy = foundBy(form);
    Optional<NewReferral> checked = form.check(errors, foundBy, memberId);
    if (checked.isEmpty()) {
      return show(viewer, personId, form, model, null);
    }
    UUID referral;
    try {
      referral = referrals.send(viewer, personId, checked.get());
    } catch (ReferralProblem problem) {
      return show(viewer, personId, form, model, problem.getMessage());
    }
    redirect.addFlashAttribute("success", "Your referral has been sent");
    return "redirect:/people/" + personId + "/referrals/" + referral;
  }

  @GetMapping("/people/{id}/referrals/{referralId}")
  String referral(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String referralId,
      Model model) {
    return page(
        Practitioner.of(user),
        PathIds.parse(id),
        PathIds.parse(referralId),
        new StatusForm(null, null, null),
        model,
        null);
  }

  @PostMapping("/people/{id}/referrals/{referralId}/status")
  String change(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String referralId,
      @ModelAttribute("statusForm") StatusForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Practitioner viewer = Practitioner.of(user);
    UUID personId = PathIds.parse(id);
    UUID referral = PathIds.parse(referralId);
    Optional<ReferralAction> action = ReferralAction.fromCode(form.action());
    String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
    String problem = null;
    if (action.isEmpty() || form.version() == null) {
      problem = "Choose what has happened to the referral";
    } else if (reason != null && reason.length() > ReferralForm.MAX_REASON) {
      problem = "The reason must be " + ReferralForm.MAX_REASON + " characters or fewer";
    } else if (action.get() == ReferralAction.DECLINE && reason == null) {
      problem = "Say why the referral is declined";
    }
    if (problem == null) {
      try {
        ReferralStatus now =
            referrals.change(viewer, personId, referral, action.get(), form.version(), reason);
        redirect.addFlashAttribute("success", "The referral is now " + now.label().toLowerCase());
        return "redirect:/people/" + personId + "/referrals/" + referral;
      } catch (ReferralProblem refused) {
        problem = refused.getMessage();
      }
    }
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    return page(viewer, personId, referral, form, model, problem);
  }

  private String page(
      Practitioner viewer,
      UUID personId,
      UUID referralId,
      StatusForm form,
      Model model,
      String problem) {
    model.addAttribute("page", referrals.read(viewer, personId, referralId));
    model.addAttribute("statusForm", form);
    model.addAttribute("problem", problem);
    return "support/referral";
  }

  private String show(
      Practitioner viewer, UUID personId, ReferralForm form, Model model, String problem) {
    Target target = target(viewer, form);
    Referrals.Sender sender = referrals.sender(viewer, personId, "writing a referral");
    model.addAttribute("sender", sender);
    model.addAttribute("service", target.service());
    model.addAttribute("memberName", target.memberName());
    Set<SensitivityLabel> labels = EnumSet.noneOf(SensitivityLabel.class);
    labels.addAll(sender.labels());
    model.addAttribute("labels", labels);
    if (!model.containsAttribute("referralForm")) {
      model.addAttribute("referralForm", form);
    }
    model.addAttribute("problem", problem);
    model.addAttribute("foundBy", foundBy(form));
    return "support/referral-send";
  }

  private record Target(DirectoryService service, UUID member, String memberName) {}

  /** The form's target: exactly one of a listed directory service and another member, or 404. */
  private Target target(Practitioner viewer, ReferralForm form) {
    boolean service = form.service() != null && !form.service().isBlank();
    boolean member = form.member() != null && !form.member().isBlank();
    if (service == member) {
      throw new NoSuchRecord();
    }
    if (service) {
      return new Target(
          directory.service(form.service()).orElseThrow(NoSuchRecord::new), null, null);
    }
    Organisation chosen =
        referrals.otherMembers(viewer).stream()
            .filter(o -> o.id().toString().equals(form.member()))
            .findFirst()
            .orElseThrow(NoSuchRecord::new);
    return new Target(null, chosen.id(), chosen.name());
  }

  private static String foundBy(ReferralForm form) {
    ServiceSearch search =
        new ServiceSearch(cut(form.words(), ServiceLookup.MAX_WORDS), cut(form.postcode(), 10));
    return search.empty() ? "Chosen from the directory by its id" : search.describe();
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
