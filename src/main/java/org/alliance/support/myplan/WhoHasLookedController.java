package org.alliance.support.myplan;

import org.alliance.identity.AllianceUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Who has looked" at the person's record, 50 a page. The account decides whose record. */
@Controller
class WhoHasLookedController {

  private final RecordReads reads;

  WhoHasLookedController(RecordReads reads) {
    this.reads = reads;
  }

  @GetMapping("/my-plan/who-has-looked")
  String page(
      @AuthenticationPrincipal AllianceUser user,
      @RequestParam(name = "page", required = false) String page,
      Model model) {
    model.addAttribute("looked", reads.read(user.userId(), pageNumber(page)));
    return "support/my-plan/who-has-looked";
  }

  /**
   * The page asked for, from 1: anything that is not a plain number of up to nine digits (nothing,
   * words, a negative, a number too big for a page) is the first page; a page past the end is
   * empty.
   */
  static int pageNumber(String asked) {
    return asked != null && asked.matches("[1-9][0-9]{0,8}") ? Integer.parseInt(asked) : 1;
  }
}
