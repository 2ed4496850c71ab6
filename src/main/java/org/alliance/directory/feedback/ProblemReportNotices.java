package org.alliance.directory.feedback;

import java.util.List;
import org.alliance.directory.hsds.EditorScope;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.web.HomeNotice;
import org.alliance.web.HomeNotices;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Tells editors, on their home page, that visitors have reported problems. */
@Component
class ProblemReportNotices implements HomeNotices {

  private final ProblemReports reports;

  ProblemReportNotices(ProblemReports reports) {
    this.reports = reports;
  }

  @Override
  public List<HomeNotice> noticesFor(Authentication user) {
    if (!(user.getPrincipal() instanceof AllianceUser editor)
        || !editor.hasRole(Role.DIRECTORY_EDITOR)) {
      return List.of();
    }
    int open = reports.countOpenFor(EditorScope.of(editor));
    return open == 0
        ? List.of()
        : List.of(
            new HomeNotice(
                open
                    + (open == 1 ? " problem has" : " problems have")
                    + " been reported with services you look after.",
                "See the reports",
                "/directory/problem-reports"));
  }
}
