package org.alliance.commissioning.risk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.alliance.commissioning.risk.RiskRating.Band;

/**
 * What a risk says, as saved in each version: the register's row without its identity. Scores are
 * null where not known; a residual rating word stands in for residual scores only where a paper
 * gave no more.
 */
record RiskFields(
    String level,
    UUID contractId,
    String area,
    String description,
    String ownerName,
    String ownerRole,
    UUID ownerUserId,
    Integer likelihood,
    Integer impact,
    List<String> mitigations,
    Integer residualLikelihood,
    Integer residualImpact,
    String residualRating,
    LocalDate reviewOn,
    String status) {

  static final String CONTRACT = "contract";
  static final String ALLIANCE = "alliance";
  static final String OPEN = "open";
  static final String CLOSED = "closed";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  RiskFields {
    mitigations = List.copyOf(mitigations);
  }

  public boolean scored() {
    return likelihood != null && impact != null;
  }

  public Integer inherentRating() {
    return scored() ? RiskRating.rating(likelihood, impact) : null;
  }

  public Optional<Band> inherentBand() {
    return scored() ? Optional.of(RiskRating.band(likelihood, impact)) : Optional.empty();
  }

  public boolean residualScored() {
    return residualLikelihood != null && residualImpact != null;
  }

  public Integer residualRatingScore() {
    return residualScored() ? RiskRating.rating(residualLikelihood, residualImpact) : null;
  }

  /** The residual band: from the residual scores, or the word given where only that is known. */
  public Optional<Band> residualBand() {
    if (residualScored()) {
      return Optional.of(RiskRating.band(residualLikelihood, residualImpact));
    }
    return Band.fromCode(residualRating);
  }

  public String inherentBandLabel() {
    return inherentBand().map(Band::label).orElse(null);
  }

  public String residualBandLabel() {
    return residualBand().map(Band::label).orElse(null);
  }

  public String inherentTag() {
    return tagClass(inherentBandLabel());
  }

  public String residualTag() {
    return tagClass(residualBandLabel());
  }

  /** The GOV.UK tag colour for a band: the page never shows colour without the word. */
  static String tagClass(String bandLabel) {
    if (bandLabel == null) {
      return "govuk-tag govuk-tag--grey";
    }
    return switch (bandLabel) {
      case "High" -> "govuk-tag govuk-tag--red";
      case "Medium" -> "govuk-tag govuk-tag--yellow";
      default -> "govuk-tag govuk-tag--green";
    };
  }

  public String inherentText() {
    return scored() ? scoreText(likelihood, impact) : "Not scored";
  }

  public String residualText() {
    if (residualScored()) {
      return scoreText(residualLikelihood, residualImpact);
    }
    return residualBand().map(b -> b.label() + " (rated, not scored)").orElse("Not rated");
  }

  static String scoreText(int likelihood, int impact) {
    int rating = RiskRating.rating(likelihood, impact);
    return RiskRating.likelihoodWord(likelihood)
        + " ("
        + likelihood
        + ") × "
        + RiskRating.impactWord(impact)
        + " ("
        + impact
        + ") = "
        + rating
        + ", "
        + RiskRating.band(rating).label();
  }

  public String levelLabel() {
    return ALLIANCE.equals(level) ? "Alliance" : "Contract";
  }

  public String statusLabel() {
    return CLOSED.equals(status) ? "Closed" : "Open";
  }

  public String owner() {
    return ownerName + ", " + ownerRole;
  }

  public String reviewOnText() {
    return reviewOn.format(DAY);
  }

  public boolean overdue(LocalDate today) {
    return OPEN.equals(status) && reviewOn.isBefore(today);
  }

  /** What changed from an earlier version, in words a reader of the history understands. */
  public List<String> changesFrom(RiskFields before) {
    List<String> changes = new ArrayList<>();
    if (!Objects.equals(contractId, before.contractId)) {
      changes.add("Contract changed");
    }
    if (!Objects.equals(area, before.area)) {
      changes.add("Area changed");
    }
    if (!Objects.equals(description, before.description)) {
      changes.add("Description changed");
    }
    if (!Objects.equals(ownerName, before.ownerName)
        || !Objects.equals(ownerRole, before.ownerRole)
        || !Objects.equals(ownerUserId, before.ownerUserId)) {
      changes.add("Owner: " + before.owner() + " → " + owner());
    }
    if (!Objects.equals(likelihood, before.likelihood) || !Objects.equals(impact, before.impact)) {
      changes.add("Inherent rating: " + before.inherentText() + " → " + inherentText());
    }
    if (!mitigations.equals(before.mitigations)) {
      changes.add("Mitigations changed");
    }
    if (!Objects.equals(residualLikelihood, before.residualLikelihood)
        || !Objects.equals(residualImpact, before.residualImpact)
        || !Objects.equals(residualRating, before.residualRating)) {
      changes.add("Residual rating: " + before.residualText() + " → " + residualText());
    }
    if (!Objects.equals(reviewOn, before.reviewOn)) {
      changes.add("Review date: " + before.reviewOnText() + " → " + reviewOnText());
    }
    if (!Objects.equals(status, before.status)) {
      changes.add("Status: " + before.statusLabel() + " → " + statusLabel());
    }
    return changes;
  }
}
