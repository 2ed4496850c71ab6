package org.alliance.support.retention;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention review every day (02:30 UK time unless {@code alliance.retention.cron} says
 * otherwise; "-" turns it off). Every node schedules it; the review's advisory lock lets one run.
 */
@Component
class RetentionJob {

  private final RetentionReview review;

  RetentionJob(RetentionReview review) {
    this.review = review;
  }

  @Scheduled(cron = "${alliance.retention.cron:0 30 2 * * *}", zone = "Europe/London")
  void daily() {
    review.runNow();
  }
}
