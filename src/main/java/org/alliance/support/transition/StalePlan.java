package org.alliance.support.transition;

/** The plan changed since the form was opened: the page shows it as it is now beside the form. */
class StalePlan extends RuntimeException {

  private final transient TransitionPlan current;

  StalePlan(TransitionPlan current) {
    super("This changed since you opened it", null, false, false);
    this.current = current;
  }

  TransitionPlan current() {
    return current;
  }
}
