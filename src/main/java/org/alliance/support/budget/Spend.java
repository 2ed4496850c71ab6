package org.alliance.support.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment (a provider, purchase or activity the budget will pay for) or a payment, which may
 * be against a commitment. It counts only with status {@code counted}: spending over the approval
 * limit waits for a second person.
 */
public record Spend(
    UUID id,
    String kind,
    String what,
    String whoTo,
    BigDecimal amount,
    LocalDate spentOn,
    UUID commitmentId,
    String status,
    UUID recordedById,
    String recordedBy,
    String decidedBy) {

  public static final String COMMITMENT = "commitment";
  public static final String PAYMENT = "payment";
  public static final String COUNTED = "counted";
  public static final String AWAITING = "awaiting-approval";
  public static final String DECLINED = "declined";

  public boolean payment() {
    return PAYMENT.equals(kind);
  }

  public boolean awaiting() {
    return AWAITING.equals(status);
  }

  public boolean counted() {
    return COUNTED.equals(status);
  }

  public String amountText() {
    return Money.format(amount);
  }

  public String day() {
    return Budget.DAY.format(spentOn);
  }

  public String statusLabel() {
    return switch (status) {
      case AWAITING -> "Awaiting approval";
      case DECLINED -> "Declined";
      default -> decidedBy == null ? "Counted" : "Approved by " + decidedBy;
    };
  }

  /** "Zq gym, to Brackenshire Leisure": for a select's option. */
  public String label() {
    return what + (whoTo == null ? "" : ", to " + whoTo) + " (" + amountText() + ")";
  }
}
