package org.alliance.directory.subscriptions;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /directory/subscriptions}: the administrator registers a subscriber's address, is shown
 * its signing secret once, and reads each subscription's delivery log.
 */
@Controller
class SubscriptionsController {

  private final Subscriptions subscriptions;

  SubscriptionsController(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  /** The form as typed, bound by name. */
  record SubscriptionForm(String url, String description) {}

  @GetMapping("/directory/subscriptions")
  String list(Model model) {
    model.addAttribute("form", new SubscriptionForm("", ""));
    return page(model);
  }

  @PostMapping("/directory/subscriptions")
  String add(
      @AuthenticationPrincipal AllianceUser admin,
      @ModelAttribute("form") SubscriptionForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response) {
    Subscriptions.Added added = subscriptions.add(form.url(), form.description(), admin);
    added.problems().forEach((field, message) -> errors.rejectValue(field, "invalid", message));
    if (errors.hasErrors()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(model);
    }
    // Shown on this response only: it is sealed in the database and never shown again.
    model.addAttribute("subscription", added.subscription());
    model.addAttribute("secret", added.secret());
    return "directory/subscription-secret";
  }

  @GetMapping("/directory/subscriptions/{subscriptionId}")
  String subscription(@PathVariable UUID subscriptionId, Model model) {
    Subscription subscription =
        subscriptions
            .find(subscriptionId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("subscription", subscription);
    model.addAttribute("deliveries", subscriptions.deliveries(subscriptionId, 100));
    return "directory/subscription";
  }

  @PostMapping("/directory/subscriptions/{subscriptionId}/delete")
  String delete(
      @AuthenticationPrincipal AllianceUser admin,
      @PathVariable UUID subscriptionId,
      RedirectAttributes redirect) {
    if (subscriptions.remove(subscriptionId, admin)) {
      redirect.addFlashAttribute("success", "Subscription removed: no more notices will be sent");
    }
    return "redirect:/directory/subscriptions";
  }

  private String page(Model model) {
    model.addAttribute("subscriptions", subscriptions.all());
    return "directory/subscriptions";
  }
}
