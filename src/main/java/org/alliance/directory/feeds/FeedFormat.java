package org.alliance.directory.feeds;

import java.util.Locale;
import java.util.Optional;

/** The shapes of Open Referral feed this directory reads. */
public enum FeedFormat {
  /** HSDS 3.0 (the ORUK 3.0 profile): pages of {@code contents} with {@code total_pages}. */
  ORUK3("oruk3", "Open Referral UK 3.0"),
  /**
   * The older ORUK v1 shape: pages of {@code content} with {@code totalElements} and {@code
   * totalPages}, counted from page 0 or 1, and its own field names ({@code eligibilitys}, {@code
   * regular_schedules}, {@code physical_addresses}, {@code service_taxonomys}).
   */
  ORUK1("oruk1", "Open Referral UK v1");

  private final String code;
  private final String label;

  FeedFormat(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<FeedFormat> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (FeedFormat format : values()) {
      if (format.code.equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
