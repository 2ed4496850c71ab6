package org.alliance.support.myplan;

import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The person's own plan, phone first and in plain words. No person's id is in any address here: the
 * account decides whose plan it is.
 */
@Controller
class MyPlanController {

  private final MyPlans plans;

  MyPlanController(MyPlans plans) {
    this.plans = plans;
  }

  @GetMapping("/my-plan")
  String home(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("plan", plans.read(user.userId(), "my plan"));
    return "support/my-plan/home";
  }

  /** The same as the page, as JSON, for the person's own apps; withheld entries are left out. */
  @GetMapping(value = "/my-plan/plan.json", produces = "application/json")
  @ResponseBody
  MyPlan json(@AuthenticationPrincipal AllianceUser user) {
    return plans.read(user.userId(), "my plan as JSON");
  }
}
