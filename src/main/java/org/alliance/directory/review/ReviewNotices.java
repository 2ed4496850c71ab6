package org.alliance.directory.review;

import java.util.List;
import java.util.Set;
import org.alliance.directory.hsds.EditorScope;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.web.HomeNotice;
import org.alliance.web.HomeNotices;
import org.alliance.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/** Reminds editors, on their home page, of entries due for review. */
@Configuration(proxyBeanMethods = false)
class ReviewNotices implements HomeNotices {

  private final ReviewsDue reviews;

  ReviewNotices(ReviewsDue reviews) {
    this.reviews = reviews;
  }

  @Override
  public List<HomeNotice> noticesFor(Authentication user) {
    if (!(user.getPrincipal() instanceof AllianceUser editor)
        || !editor.hasRole(Role.DIRECTORY_EDITOR)) {
      return List.of();
    }
    int due = reviews.forEditor(EditorScope.of(editor)).size();
    return due == 0
        ? List.of()
        : List.of(
            new HomeNotice(
                due
                    + (due == 1 ? " service you look after has" : " services you look after have")
                    + " not been checked for over 6 months.",
                "Review them",
                "/directory/reviews"));
  }

  @Bean
  NavigationItem reviewsNavigation() {
    return new NavigationItem(
        "Reviews due",
        "/directory/reviews",
        "Services you look after that have not been checked recently: confirm or correct them.",
        20,
        Set.of(Role.DIRECTORY_EDITOR.code(), Role.ADMIN.code()));
  }
}
