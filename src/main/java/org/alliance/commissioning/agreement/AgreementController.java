package org.alliance.commissioning.agreement;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.commissioning.agreement.AgreementForms.MemberForm;
import org.alliance.commissioning.agreement.AgreementForms.PersonForm;
import org.alliance.commissioning.agreement.AgreementForms.PrincipleForm;
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
 * {@code /alliance/agreement}: the members and their roles, the principles (each with its history
 * of wording) and the people at each level of governance. The alliance manager changes them; the
 * leadership team and the commissioner read.
 */
@Controller
class AgreementController {

  private final Agreement agreement;

  AgreementController(Agreement agreement) {
    this.agreement = agreement;
  }

  @GetMapping("/alliance/agreement")
  String page(@AuthenticationPrincipal AllianceUser user, Model model) {
    return show(user, PrincipleForm.BLANK, Map.of(), model);
  }

  private String show(
      AllianceUser user, PrincipleForm form, Map<String, String> errors, Model model) {
    model.addAttribute("page", agreement.page(user));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "commissioning/agreement/agreement";
  }

  // Principles ------------------------------------------------------------------------------------

  @PostMapping("/alliance/agreement/principles")
  String addPrinciple(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") PrincipleForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AllianceRights.of(user).requireEditAgreement();
    Map<String, String> errors = new LinkedHashMap<>();
    String wording = form.checkWording(errors);
    Integer position = form.checkPosition(errors);
    if (errors.isEmpty()) {
      agreement.addPrinciple(user, wording, position);
      redirect.addFlashAttribute("success", "The principle is added");
      return "redirect:/alliance/agreement#principles";
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return show(user, form, errors, model);
  }

  @GetMapping("/alliance/agreement/principles/{principleId}")
  String principle(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String principleId, Model model) {
    UUID id = NotFound.id(principleId);
    Agreement.PrinciplePage page = agreement.principle(id);
    return principlePage(user, page, PrincipleForm.of(page.principle()), Map.of(), model);
  }

  private String principlePage(
      AllianceUser user,
      Agreement.PrinciplePage page,
      PrincipleForm form,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("page", page);
    model.addAttribute("rights", AllianceRights.of(user));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "commissioning/agreement/principle";
  }

  @PostMapping("/alliance/agreement/principles/{principleId}")
  String changePrinciple(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String principleId,
      @ModelAttribute("form") PrincipleForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(principleId);
    AllianceRights.of(user).requireEditAgreement();
    agreement.principle(id);
    Map<String, String> errors = new LinkedHashMap<>();
    String wording = form.checkWording(errors);
    Integer position = form.checkPosition(errors);
    Integer version = Forms.version(form.version());
    if (version == null) {
      errors.putIfAbsent(
          "wording", "This principle changed since you opened it: check it and try again");
    }
    PrincipleForm sentBack = form;
    if (errors.isEmpty()) {
      try {
        agreement.changePrinciple(user, id, wording, position, version);
        redirect.addFlashAttribute(
            "success", "The principle is changed: its old wording is kept below");
        return "redirect:/alliance/agreement/principles/" + id;
      } catch (AgreementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      } catch (StaleChange stale) {
        errors.put("wording", stale.getMessage());
        // Their words stay in the box, the version moves on to what they have now seen.
        Agreement.PrinciplePage now = agreement.principle(id);
        sentBack =
            new PrincipleForm(
                form.wording(), form.position(), String.valueOf(now.principle().version()));
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return principlePage(user, agreement.principle(id), sentBack, errors, model);
  }

  @PostMapping("/alliance/agreement/principles/{principleId}/withdraw")
  String withdrawPrinciple(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String principleId,
      @RequestParam(name = "version", required = false) String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(principleId);
    AllianceRights.of(user).requireEditAgreement();
    Agreement.PrinciplePage page = agreement.principle(id);
    Map<String, String> errors = new LinkedHashMap<>();
    Integer seen = Forms.version(version);
    if (seen == null) {
      errors.put("withdraw", "This principle changed since you opened it: check it and try again");
    } else {
      try {
        agreement.withdrawPrinciple(user, id, seen);
        redirect.addFlashAttribute(
            "success", "The principle is withdrawn: its wording is kept in its history");
        return "redirect:/alliance/agreement#principles";
      } catch (AgreementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      } catch (StaleChange stale) {
        errors.put("withdraw", stale.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    page = agreement.principle(id);
    return principlePage(user, page, PrincipleForm.of(page.principle()), errors, model);
  }

  // Members ---------------------------------------------------------------------------------------

  @GetMapping("/alliance/agreement/members/{organisationId}")
  String member(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String organisationId,
      Model model) {
    UUID id = NotFound.id(organisationId);
    Agreement.Member member = agreement.member(id);
    AllianceRights.of(user).requireEditAgreement();
    return memberPage(member, MemberForm.of(member), Map.of(), model);
  }

  private String memberPage(
      Agreement.Member member, MemberForm form, Map<String, String> errors, Model model) {
    model.addAttribute("member", member);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("suggestions", Agreement.ROLE_SUGGESTIONS);
    return "commissioning/agreement/member";
  }

  @PostMapping("/alliance/agreement/members/{organisationId}")
  String changeMember(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String organisationId,
      @ModelAttribute("form") MemberForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(organisationId);
    Agreement.Member member = agreement.member(id);
    AllianceRights.of(user).requireEditAgreement();
    Map<String, String> errors = new LinkedHashMap<>();
    MemberForm.Checked checked = form.check(errors, Decisions.today());
    MemberForm sentBack = form;
    if (checked != null) {
      try {
        agreement.setMember(user, id, checked.role(), checked.joinedOn(), checked.version());
        redirect.addFlashAttribute("success", member.name() + "'s place in the alliance is saved");
        return "redirect:/alliance/agreement#members";
      } catch (StaleChange stale) {
        errors.put("role", stale.getMessage());
        Agreement.Member now = agreement.member(id);
        sentBack =
            new MemberForm(
                form.role(),
                form.joinedDay(),
                form.joinedMonth(),
                form.joinedYear(),
                String.valueOf(now.version()));
        member = now;
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return memberPage(member, sentBack, errors, model);
  }

  // Governance ------------------------------------------------------------------------------------

  @GetMapping("/alliance/agreement/people/new")
  String newPerson(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "level", required = false) String level,
      Model model) {
    AllianceRights.of(user).requireEditAgreement();
    String known =
        GovernanceLevel.fromCode(level == null ? "" : level).map(l -> l.code()).orElse("");
    return personPage(null, PersonForm.blank(known), Map.of(), model);
  }

  private String personPage(
      Agreement.Person person, PersonForm form, Map<String, String> errors, Model model) {
    model.addAttribute("person", person);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("levels", GovernanceLevel.values());
    model.addAttribute("choices", agreement.personChoices());
    return "commissioning/agreement/person";
  }

  @PostMapping("/alliance/agreement/people")
  String addPerson(
      @AuthenticationPrincipal AllianceUser user,
      @ModelAttribute("form") PersonForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AllianceRights.of(user).requireEditAgreement();
    Map<String, String> errors = new LinkedHashMap<>();
    Agreement.PersonDetails details = form.check(errors);
    if (details != null) {
      try {
        agreement.addPerson(user, details);
        redirect.addFlashAttribute(
            "success", details.name() + " is added to " + details.level().label().toLowerCase());
        return "redirect:/alliance/agreement#governance";
      } catch (AgreementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return personPage(null, form, errors, model);
  }

  @GetMapping("/alliance/agreement/people/{governancePersonId}")
  String person(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String governancePersonId,
      Model model) {
    Agreement.Person person = agreement.person(NotFound.id(governancePersonId));
    AllianceRights.of(user).requireEditAgreement();
    return personPage(person, PersonForm.of(person), Map.of(), model);
  }

  @PostMapping("/alliance/agreement/people/{governancePersonId}")
  String changePerson(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String governancePersonId,
      @ModelAttribute("form") PersonForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(governancePersonId);
    Agreement.Person person = agreement.person(id);
    AllianceRights.of(user).requireEditAgreement();
    Map<String, String> errors = new LinkedHashMap<>();
    Agreement.PersonDetails details = form.check(errors);
    Integer version = Forms.version(form.version());
    if (version == null) {
      errors.putIfAbsent("name", "This place changed since you opened it: check it and try again");
    }
    if (errors.isEmpty()) {
      try {
        agreement.changePerson(user, id, details, version);
        redirect.addFlashAttribute("success", details.name() + "'s place is saved");
        return "redirect:/alliance/agreement#governance";
      } catch (AgreementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      } catch (StaleChange stale) {
        errors.put("name", stale.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    Agreement.Person now = agreement.person(id);
    PersonForm sentBack =
        new PersonForm(
            form.level(),
            form.name(),
            form.organisation(),
            form.roleTitle(),
            form.account(),
            String.valueOf(now.version()));
    return personPage(now, sentBack, errors, model);
  }

  @PostMapping("/alliance/agreement/people/{governancePersonId}/stand-down")
  String standDown(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String governancePersonId,
      @RequestParam(name = "version", required = false) String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = NotFound.id(governancePersonId);
    Agreement.Person person = agreement.person(id);
    AllianceRights.of(user).requireEditAgreement();
    Map<String, String> errors = new LinkedHashMap<>();
    Integer seen = Forms.version(version);
    if (seen == null) {
      errors.put("standDown", "This place changed since you opened it: check it and try again");
    } else {
      try {
        agreement.standDown(user, id, seen);
        redirect.addFlashAttribute("success", person.name() + " stood down");
        return "redirect:/alliance/agreement#governance";
      } catch (AgreementProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      } catch (StaleChange stale) {
        errors.put("standDown", stale.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    Agreement.Person now = agreement.person(id);
    return personPage(now, PersonForm.of(now), errors, model);
  }
}
