package org.alliance.commissioning.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A review of one contract on one date against a checklist: each criterion's finding, and actions.
 */
record ContractReview(
    UUID id,
    UUID contractId,
    String contractReference,
    String contractService,
    UUID checklistId,
    String checklistName,
    String specification,
    LocalDate reviewedOn,
    String status,
    int version,
    List<Finding> findings,
    List<ReviewAction> actions) {

  static final String IN_PROGRESS = "in-progress";
  static final String COMPLETED = "completed";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  ContractReview {
    findings = List.copyOf(findings);
    actions = List.copyOf(actions);
  }

  /** What the reviewer found for one criterion; evidence and comment may be empty. */
  record Finding(Checklist.Criterion criterion, String evidence, Rag rating, String comment) {}

  public Rag overall() {
    return Rag.overall(findings.stream().map(Finding::rating).toList());
  }

  public boolean completed() {
    return COMPLETED.equals(status);
  }

  public String statusLabel() {
    return completed() ? "Completed" : "In progress";
  }

  public String date() {
    return reviewedOn.format(DAY);
  }

  public String contractLabel() {
    return contractReference + ": " + contractService;
  }
}
