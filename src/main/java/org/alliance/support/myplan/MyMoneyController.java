package org.alliance.support.myplan;

import org.alliance.identity.AllianceUser;
import org.alliance.support.access.NoOwnView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

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

  @ExceptionHandler(NoOwnView.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String noPlan() {
    return "support/my-plan/no-plan";
  }
}
