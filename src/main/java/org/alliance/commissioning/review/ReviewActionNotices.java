package org.alliance.commissioning.review;

import java.util.List;
import java.util.Set;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.web.HomeNotice;
import org.alliance.web.HomeNotices;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/**
 * A review action's owner sees, on their home page, how many are theirs to do and how many are
 * late.
 */
@Configuration(proxyBeanMethods = false)
class ReviewActionNotices implements HomeNotices {

  private final ContractReviews reviews;

  ReviewActionNotices(ContractReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public List<HomeNotice> noticesFor(Authentication authentication) {
    if (!(authentication.getPrincipal() instanceof AllianceUser user)
        || !(user.hasRole(Role.COMMISSIONER)
            || user.hasRole(Role.ALLIANCE_MANAGER)
            || user.hasRole(Role.LEADERSHIP))) {
      return List.of();
    }
    ContractReviews.Due due = reviews.dueFor(user.userId());
    if (due.open() == 0) {
      return List.of();
    }
    String text =
        due.open()
            + (due.open() == 1
                ? " review action is yours to do"
                : " review actions are yours to do")
            + (due.overdue() == 0 ? "." : ", " + due.overdue() + " overdue.");
    return List.of(new HomeNotice(text, "See your review actions", "/alliance/actions"));
  }

  @Bean
  NavigationItem contractReviewsNavigation() {
    return new NavigationItem(
        "Contract reviews",
        "/commissioning/reviews",
        "Review contracts against checklists from their service specifications: evidence, a"
            + " red, amber or green rating for each criterion, and actions.",
        65,
        Set.of(Role.COMMISSIONER.code()));
  }

  @Bean
  NavigationItem reviewActionsNavigation() {
    return new NavigationItem(
        "Your review actions",
        "/alliance/actions",
        "Actions from contract reviews that are yours to do, overdue ones first.",
        66,
        Set.of(Role.COMMISSIONER.code(), Role.ALLIANCE_MANAGER.code()));
  }
}
