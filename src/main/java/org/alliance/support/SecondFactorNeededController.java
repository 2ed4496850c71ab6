package org.alliance.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the gate sends someone without a second factor: what to do, and why. */
@Controller
class SecondFactorNeededController {

  @GetMapping("/people/second-factor")
  String explain() {
    return "support/second-factor-needed";
  }
}
