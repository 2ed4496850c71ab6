package org.alliance.support.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.directory.DirectoryService;
import org.alliance.support.access.SensitivityLabel;

/**
 * A referral as its pages show it. A directory service's details are read from the directory each
 * time ({@code service}: its current name, contact and how to refer), null when it is no longer
 * listed; {@code serviceId} is what the referral itself keeps.
 */
public record Referral(
    UUID id,
    UUID personId,
    UUID fromMember,
    String fromMemberName,
    String sentBy,
    Instant sentAt,
    String serviceId,
    DirectoryService service,
    UUID toMember,
    String toMemberName,
    ReferralStatus status,
    boolean override,
    String overrideReason,
    List<SensitivityLabel> sharedLabels,
    String note,
    String declineReason,
    String foundBy,
    int version,
    List<Event> events) {

  /** One status the referral was in, who moved it there, and any reason. */
  public record Event(ReferralStatus status, String by, String member, Instant at, String note) {}

  public boolean toService() {
    return serviceId != null;
  }

  /** Who it is to, as people read it. */
  public String target() {
    if (toMember != null) {
      return toMemberName;
    }
    return service == null ? "A service no longer in the directory" : service.name();
  }

  public String sharedLabelNames() {
    return sharedLabels.isEmpty()
        ? "None"
        : String.join(", ", sharedLabels.stream().map(SensitivityLabel::label).toList());
  }
}
