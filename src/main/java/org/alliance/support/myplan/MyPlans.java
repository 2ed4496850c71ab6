package org.alliance.support.myplan;

import java.util.UUID;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.OwnViews;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Opens the account's own view and reads "My plan", the read audited in the same transaction. */
@Component
class MyPlans {

  private final OwnViews views;
  private final OwnPlanReader reader;

  MyPlans(OwnViews views, OwnPlanReader reader) {
    this.views = views;
    this.reader = reader;
  }

  @Transactional
  MyPlan read(UUID userId, String purpose) {
    OwnView view = views.open(userId, purpose);
    return reader.read(view);
  }
}
