package org.alliance.web;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page for visitors, and a home page for each role once signed in. */
@Controller
class HomeController {

  private final Navigation navigation;
  private final List<HomeNotices> notices;

  HomeController(Navigation navigation, List<HomeNotices> notices) {
    this.navigation = navigation;
    this.notices = notices;
  }

  @GetMapping("/")
  String home(Authentication authentication, Model model) {
    if (ShellRoles.isPersonsOwn(authentication)) {
      return "redirect:/my-plan";
    }
    Set<String> roles = ShellRoles.of(authentication);
    if (roles.isEmpty()) {
      return "home/start";
    }
    String role = roles.iterator().next();
    model.addAttribute("role", role);
    model.addAttribute("areas", navigation.visibleTo(Set.of(role)));
    model.addAttribute(
        "notices",
        notices.stream().flatMap(source -> source.noticesFor(authentication).stream()).toList());
    model.addAttribute("home", RoleHome.BY_ROLE.get(role));
    return "home/role";
  }
}
