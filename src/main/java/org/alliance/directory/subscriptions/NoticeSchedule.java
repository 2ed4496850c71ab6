package org.alliance.directory.subscriptions;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds, each web node sends the notices that are due. */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(
    name = "alliance.webhooks.scheduled",
    havingValue = "true",
    matchIfMissing = true)
class NoticeSchedule {

  private final NoticeSender sender;

  NoticeSchedule(NoticeSender sender) {
    this.sender = sender;
  }

  @Scheduled(fixedDelayString = "${alliance.webhooks.every:5s}")
  void sendWhatIsDue() {
    while (sender.sendDue(50) == 50) {
      // a full batch: there may be more due
    }
  }
}
