package org.alliance.directory.duplicates;

import org.alliance.directory.feeds.FeedImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Looks for duplicates again once a feed's records are in, so a pull and its reconciling are one
 * step for whoever pulled. The pull has already committed: a failure here leaves the queue as it
 * was and is logged, and the next pull or an administrator's "look again" tries again.
 */
@Component
class AfterFeedImport {

  private static final Logger log = LoggerFactory.getLogger(AfterFeedImport.class);

  private final DuplicateQueue queue;

  AfterFeedImport(DuplicateQueue queue) {
    this.queue = queue;
  }

  @EventListener
  void reconcile(FeedImported imported) {
    try {
      DuplicateQueue.Refreshed refreshed = queue.refresh();
      log.info(
          "After pull {}: {} pairs waiting for review ({} ms)",
          imported.pullId(),
          refreshed.waiting(),
          refreshed.took().toMillis());
    } catch (RuntimeException e) {
      log.warn("Looking for duplicates after pull {} failed", imported.pullId(), e);
    }
  }
}
