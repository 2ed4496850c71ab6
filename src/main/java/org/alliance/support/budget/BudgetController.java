package org.alliance.support.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.budget.BudgetForms.BudgetForm;
import org.alliance.support.budget.BudgetForms.CommitmentForm;
import org.alliance.support.budget.BudgetForms.DecisionForm;
import org.alliance.support.budget.BudgetForms.PaymentForm;
import org.alliance.support.budget.BudgetForms.ReconcileForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /people/{id}/budgets}: a person's personal budgets and Individual Service Funds, each with
 * its statement (allocation, commitments, payments, balance, what awaits approval) and the forms to
 * add spending, approve it and reconcile the budget at the end of its period.
 */
@Controller
class BudgetController {

  private final Budgets budgets;

  BudgetController(Budgets budgets) {
    this.budgets = budgets;
  }

  private static LocalDate today() {
    return LocalDate.now(PersonAccess.UK);
  }

  @GetMapping("/people/{id}/budgets")
  String list(@AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    model.addAttribute("page", budgets.list(Practitioner.of(user), PathIds.parse(id)));
    return "support/budget/list";
  }

  @GetMapping("/people/{id}/budgets/new")
  String newBudget(
      @AuthenticationPrincipal AllianceUser user, @PathVariable String id, Model model) {
    return newPage(
        Practitioner.of(user), PathIds.parse(id), BudgetForm.blank(today()), Map.of(), model);
  }

  @PostMapping("/people/{id}/budgets")
  String create(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @ModelAttribute("form") BudgetForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    Practitioner viewer = Practitioner.of(user);
    Map<String, String> errors = new LinkedHashMap<>();
    Budgets.NewBudget given = form.check(errors, today());
    if (given != null) {
      try {
        UUID budgetId = budgets.create(viewer, personId, given);
        redirect.addFlashAttribute("success", "The budget is set up");
        return "redirect:/people/" + personId + "/budgets/" + budgetId;
      } catch (BudgetProblem problem) {
        errors.put(problem.field(), problem.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return newPage(viewer, personId, form, errors, model);
  }

  private String newPage(
      Practitioner viewer,
      UUID personId,
      BudgetForm form,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("page", budgets.newPage(viewer, personId));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "support/budget/new";
  }

  @GetMapping("/people/{id}/budgets/{budgetId}")
  String statement(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String budgetId,
      Model model) {
    return show(Practitioner.of(user), PathIds.parse(id), PathIds.parse(budgetId), Map.of(), model);
  }

  @PostMapping("/people/{id}/budgets/{budgetId}/commitments")
  String commit(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String budgetId,
      @ModelAttribute("commitment") CommitmentForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID budget = PathIds.parse(budgetId);
    Practitioner viewer = Practitioner.of(user);
    Map<String, String> errors = new LinkedHashMap<>();
    Budgets.NewSpend given = form.check(errors, today());
    if (given != null) {
      try {
        String status = budgets.record(viewer, personId, budget, given);
        redirect.addFlashAttribute("success", spent("commitment", status));
        return "redirect:/people/" + personId + "/budgets/" + budget + "#commitments";
      } catch (BudgetProblem problem) {
        errors.put("commitWhat", problem.getMessage());
      } catch (StaleBudget stale) {
        errors.put("commitWhat", stale.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("commitment", form);
    return show(viewer, personId, budget, errors, model);
  }

  @PostMapping("/people/{id}/budgets/{budgetId}/payments")
  String pay(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String budgetId,
      @ModelAttribute("payment") PaymentForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID budget = PathIds.parse(budgetId);
    Practitioner viewer = Practitioner.of(user);
    Map<String, String> errors = new LinkedHashMap<>();
    Budgets.NewSpend given = form.check(errors, today());
    if (given != null) {
      try {
        String status = budgets.record(viewer, personId, budget, given);
        redirect.addFlashAttribute("success", spent("payment", status));
        return "redirect:/people/" + personId + "/budgets/" + budget + "#payments";
      } catch (BudgetProblem problem) {
        errors.put(
            "commitment".equals(problem.field()) ? "commitment" : "payWhat", problem.getMessage());
      } catch (StaleBudget stale) {
        errors.put("payWhat", stale.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("payment", form);
    return show(viewer, personId, budget, errors, model);
  }

  private static String spent(String what, String status) {
    return Spend.AWAITING.equals(status)
        ? "The "
            + what
            + " is recorded. It is over the approval limit, so it counts once someone"
            + " else approves it"
        : "The " + what + " is recorded";
  }

  @PostMapping("/people/{id}/budgets/{budgetId}/approvals")
  String decide(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String budgetId,
      @ModelAttribute("decision") DecisionForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID budget = PathIds.parse(budgetId);
    Practitioner viewer = Practitioner.of(user);
    Map<String, String> errors = new LinkedHashMap<>();
    UUID spend = BudgetForms.uuid(form.spend());
    Integer version = BudgetForms.version(form.version());
    boolean approve = "approve".equals(form.decision());
    if (spend == null || version == null || !approve && !"decline".equals(form.decision())) {
      errors.put("decision", "Choose spending to approve or decline");
    } else {
      try {
        budgets.decide(
            viewer, user.hasRole(Role.ALLIANCE_MANAGER), personId, budget, spend, approve, version);
        redirect.addFlashAttribute(
            "success",
            approve ? "The spending is approved and counts now" : "The spending is declined");
        return "redirect:/people/" + personId + "/budgets/" + budget + "#awaiting";
      } catch (BudgetProblem problem) {
        errors.put("decision", problem.getMessage());
      } catch (StaleBudget stale) {
        errors.put("decision", stale.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return show(viewer, personId, budget, errors, model);
  }

  @PostMapping("/people/{id}/budgets/{budgetId}/reconciliation")
  String reconcile(
      @AuthenticationPrincipal AllianceUser user,
      @PathVariable String id,
      @PathVariable String budgetId,
      @ModelAttribute("reconcile") ReconcileForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID personId = PathIds.parse(id);
    UUID budget = PathIds.parse(budgetId);
    Practitioner viewer = Practitioner.of(user);
    Map<String, String> errors = new LinkedHashMap<>();
    BigDecimal returned = form.checkReturned(errors);
    if (errors.isEmpty()) {
      try {
        BigDecimal closing =
            budgets.reconcile(
                viewer,
                personId,
                budget,
                returned,
                BudgetForms.strip(form.note()),
                BudgetForms.version(form.version()));
        redirect.addFlashAttribute(
            "success",
            "The budget is reconciled with a closing balance of " + Money.format(closing));
        return "redirect:/people/" + personId + "/budgets/" + budget;
      } catch (BudgetProblem problem) {
        errors.put("returned", problem.getMessage());
      } catch (StaleBudget stale) {
        errors.put("returned", stale.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("reconcile", form);
    return show(viewer, personId, budget, errors, model);
  }

  /** The statement, with the user's own forms kept where they were sent back. */
  private String show(
      Practitioner viewer, UUID personId, UUID budgetId, Map<String, String> errors, Model model) {
    Budgets.Statement statement = budgets.statement(viewer, personId, budgetId);
    int version = statement.budget().version();
    model.addAttribute("page", statement);
    model.addAttribute("errors", errors);
    // A form sent back keeps what was typed, but takes the budget's version as it is now.
    if (model.getAttribute("commitment") instanceof CommitmentForm typed) {
      model.addAttribute(
          "commitment",
          new CommitmentForm(
              typed.commitWhat(),
              typed.commitTo(),
              typed.commitAmount(),
              typed.commitDay(),
              typed.commitMonth(),
              typed.commitYear(),
              String.valueOf(version)));
    } else {
      model.addAttribute("commitment", CommitmentForm.blank(today(), version));
    }
    if (model.getAttribute("payment") instanceof PaymentForm typed) {
      model.addAttribute(
          "payment",
          new PaymentForm(
              typed.payWhat(),
              typed.payTo(),
              typed.payAmount(),
              typed.payDay(),
              typed.payMonth(),
              typed.payYear(),
              typed.commitment(),
              String.valueOf(version)));
    } else {
      model.addAttribute("payment", PaymentForm.blank(today(), version));
    }
    if (model.getAttribute("reconcile") instanceof ReconcileForm typed) {
      model.addAttribute(
          "reconcile", new ReconcileForm(typed.returned(), typed.note(), String.valueOf(version)));
    } else {
      model.addAttribute("reconcile", ReconcileForm.blank(version));
    }
    return "support/budget/statement";
  }
}
