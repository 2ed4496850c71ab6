package org.alliance.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages every service links from its footer. */
@Controller
class SitePagesController {

  @GetMapping("/accessibility")
  String accessibility() {
    return "site/accessibility";
  }

  @GetMapping("/privacy")
  String privacy() {
    return "site/privacy";
  }

  @GetMapping("/cookies")
  String cookies() {
    return "site/cookies";
  }
}
