package org.alliance.directory.feeds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pulls each feed when its schedule says so. Every node looks; the feed's lease lets one pull it. A
 * failed pull is tried again after an hour, not at every look.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(
    name = "alliance.feeds.scheduled",
    havingValue = "true",
    matchIfMissing = true)
class FeedSchedule {

  private static final Logger log = LoggerFactory.getLogger(FeedSchedule.class);

  private final FeedPull pull;

  FeedSchedule(FeedPull pull) {
    this.pull = pull;
  }

  @Scheduled(
      initialDelayString = "${alliance.feeds.check:5m}",
      fixedDelayString = "${alliance.feeds.check:5m}")
  void pullWhatIsDue() {
    for (PullSummary done : pull.pullDue()) {
      log.info("Feed {} pulled: {}", done.feedId(), done.line());
    }
  }
}
