package org.alliance.support.followup;

import java.time.Duration;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.Practitioner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /people/follow-up}: the signed-in worker's missed appointments and people not seen. */
@Controller
class FollowUpController {

  private final FollowUp followUp;
  private final long defaultDays;

  FollowUpController(
      FollowUp followUp, @Value("${alliance.support.not-seen-after:28d}") Duration notSeenAfter) {
    this.followUp = followUp;
    this.defaultDays = notSeenAfter.toDays();
  }

  @GetMapping("/people/follow-up")
  String list(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "days", required = false) String days,
      Model model) {
    long notSeen = defaultDays;
    String problem = null;
    if (days != null && !days.isBlank()) {
      try {
        notSeen = Long.parseLong(days.strip());
        if (notSeen < 1 || notSeen > 3650) {
          problem = "The number of days must be between 1 and 3650";
          notSeen = defaultDays;
        }
      } catch (NumberFormatException e) {
        problem = "Enter the number of days as a whole number, like 28";
      }
    }
    model.addAttribute("list", followUp.list(Practitioner.of(user), notSeen));
    model.addAttribute("problem", problem);
    model.addAttribute("days", problem == null ? String.valueOf(notSeen) : days);
    model.addAttribute("dormantDays", followUp.dormantAfter().toDays());
    return "support/follow-up";
  }
}
