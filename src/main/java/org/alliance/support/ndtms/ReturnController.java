package org.alliance.support.ndtms;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /ndtms}: the member's data lead chooses a month, sees every row that would be rejected and
 * why, and downloads the extract. Only their own member's return; never case notes.
 */
@Controller
class ReturnController {

  private final NationalReturn returns;

  ReturnController(NationalReturn returns) {
    this.returns = returns;
  }

  @GetMapping("/ndtms")
  String page(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "month", required = false) String month,
      HttpServletResponse response,
      Model model) {
    LocalDate today = LocalDate.now(PersonAccess.UK);
    Optional<YearMonth> chosen =
        month == null || month.isBlank()
            ? Optional.of(NationalReturn.lastMonth())
            : Months.parse(month, today);
    model.addAttribute("months", Months.recent(today));
    if (chosen.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("monthError", Months.MESSAGE);
      model.addAttribute("chosen", null);
      return "support/ndtms/return";
    }
    model.addAttribute("chosen", chosen.get());
    model.addAttribute("preview", returns.preview(Practitioner.of(user), chosen.get()));
    model.addAttribute("estimate", Completions.LOCAL_ESTIMATE);
    return "support/ndtms/return";
  }

  @GetMapping("/ndtms/extract.csv")
  String download(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "month", required = false) String month,
      HttpServletResponse response,
      Model model)
      throws IOException {
    LocalDate today = LocalDate.now(PersonAccess.UK);
    Optional<YearMonth> chosen = Months.parse(month, today);
    if (chosen.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("months", Months.recent(today));
      model.addAttribute("monthError", Months.MESSAGE);
      model.addAttribute("chosen", null);
      return "support/ndtms/return";
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"ndtms-" + chosen.get() + ".csv\"");
    returns.download(Practitioner.of(user), chosen.get(), response.getWriter());
    return null;
  }
}
