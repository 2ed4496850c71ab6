package org.alliance.support.myplan;

import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Your money": the person's budget statements in plain words. The account decides whose. */
@Controller
class MyMoneyController {

  private final MyMoney money;

  MyMoneyController(MyMoney money) {
    this.money = money;
  }

  @GetMapping("/my-plan/money")
  String money(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("money", money.read(user.userId()));
    return "support/my-plan/money";
  }
}
