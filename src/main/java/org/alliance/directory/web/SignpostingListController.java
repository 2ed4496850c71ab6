package org.alliance.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.alliance.directory.search.DirectoryIndex;
import org.alliance.web.LocalRedirect;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Collect services while searching, then print the list or share it as a link: a practitioner
 * signposting someone, or a person keeping their own options.
 */
@Controller
class SignpostingListController {

  private final SignpostingList list;
  private final DirectoryIndex index;

  SignpostingListController(SignpostingList list, DirectoryIndex index) {
    this.list = list;
    this.index = index;
  }

  @GetMapping("/find-support/list")
  String show(HttpServletRequest request, Model model) {
    return render(list.inOrder(request), true, model);
  }

  /** A shared list: anyone with the link sees the same services, read only. */
  @GetMapping("/find-support/list/shared")
  String shared(@RequestParam(name = "services", defaultValue = "") String services, Model model) {
    List<String> ids =
        Arrays.stream(services.split(","))
            .map(String::trim)
            .filter(id -> id.matches("[A-Za-z0-9-]{1,64}"))
            .distinct()
            .limit(SignpostingList.MAX)
            .toList();
    return render(ids, false, model);
  }

  @PostMapping("/find-support/list")
  RedirectView add(
      @RequestParam(defaultValue = "") String serviceId,
      @RequestParam(defaultValue = "/find-support") String returnTo,
      HttpServletRequest request) {
    if (index.find(List.of(serviceId)).size() == 1) {
      list.add(request, serviceId);
    }
    return LocalRedirect.under("/find-support", returnTo);
  }

  @PostMapping("/find-support/list/remove")
  String remove(@RequestParam(defaultValue = "") String serviceId, HttpServletRequest request) {
    list.remove(request, serviceId);
    return "redirect:/find-support/list";
  }

  private String render(List<String> ids, boolean own, Model model) {
    model.addAttribute("services", index.find(ids));
    model.addAttribute("own", own);
    model.addAttribute(
        "shareLink",
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/find-support/list/shared")
            .queryParam("services", String.join(",", ids))
            .build()
            .toUriString());
    return "directory/signposting-list";
  }
}
