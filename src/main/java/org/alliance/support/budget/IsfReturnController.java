package org.alliance.support.budget;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.alliance.support.access.PersonAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /budgets/isf-returns}: the alliance manager's monthly return of the Individual Service
 * Funds each member holds, with no person named and small numbers suppressed.
 */
@Controller
class IsfReturnController {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final IsfReturns returns;

  /** A member's line of the return as shown. */
  record Row(
      String memberName,
      boolean suppressed,
      Integer funds,
      String allocated,
      String committed,
      String paid,
      String returned) {}

  IsfReturnController(IsfReturns returns) {
    this.returns = returns;
  }

  @GetMapping("/budgets/isf-returns")
  String page(@RequestParam(name = "month", required = false) String month, Model model) {
    YearMonth current = YearMonth.now(PersonAccess.UK);
    YearMonth asked = current;
    String problem = null;
    if (month != null && !month.isBlank()) {
      try {
        asked = month.strip().matches("[0-9]{4}-[0-9]{2}") ? YearMonth.parse(month.strip()) : null;
      } catch (DateTimeParseException e) {
        asked = null;
      }
      if (asked == null || asked.getYear() < 2000 || asked.isAfter(current.plusYears(1))) {
        problem = "Enter a month like " + current + " (year, then month)";
        asked = current;
      }
    }
    model.addAttribute("month", asked.toString());
    model.addAttribute("monthName", MONTH.format(asked));
    model.addAttribute("previous", asked.minusMonths(1).toString());
    model.addAttribute("problem", problem);
    model.addAttribute(
        "rows",
        returns.read(asked).stream()
            .map(
                r ->
                    new Row(
                        r.memberName(),
                        r.suppressed(),
                        r.funds(),
                        Money.format(r.allocated()),
                        Money.format(r.committed()),
                        Money.format(r.paid()),
                        Money.format(r.returned())))
            .toList());
    model.addAttribute("smallest", IsfReturns.SMALLEST_SHOWN);
    return "support/budget/isf-returns";
  }
}
