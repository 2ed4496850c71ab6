package org.alliance.commissioning.register;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /commissioning/alerts}: the dates due within the commissioner's lead time, and its choice.
 */
@Controller
class AlertController {

  private final ContractAlerts alerts;

  AlertController(ContractAlerts alerts) {
    this.alerts = alerts;
  }

  @GetMapping("/commissioning/alerts")
  String show(@AuthenticationPrincipal AllianceUser user, Model model) {
    return page(alerts.leadMonths(user.userId()), Map.of(), model);
  }

  private String page(int lead, Map<String, String> errors, Model model) {
    model.addAttribute("lead", lead);
    model.addAttribute("choices", ContractAlerts.LEAD_CHOICES);
    model.addAttribute("alerts", alerts.due(LocalDate.now(FinancialYear.UK), lead));
    model.addAttribute("errors", errors);
    return "commissioning/register/alerts";
  }

  @PostMapping("/commissioning/alerts")
  String choose(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(required = false) String leadMonths,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Integer months = Forms.whole(leadMonths, 1, 36);
    if (months == null || !ContractAlerts.LEAD_CHOICES.contains(months)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(
          alerts.leadMonths(user.userId()),
          Map.of("leadMonths", "Choose how far ahead to be told"),
          model);
    }
    alerts.setLeadMonths(user.userId(), months);
    redirect.addFlashAttribute("success", "You will be told " + months + " months ahead");
    return "redirect:/commissioning/alerts";
  }
}
