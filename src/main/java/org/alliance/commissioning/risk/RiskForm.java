package org.alliance.commissioning.risk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.alliance.commissioning.risk.RiskRating.Band;

/** A risk as typed into its form, and the checks it must pass. */
record RiskForm(
    String contract,
    String area,
    String description,
    String ownerName,
    String ownerRole,
    String ownerUser,
    String likelihood,
    String impact,
    String mitigations,
    String residualLikelihood,
    String residualImpact,
    String residualRating,
    String reviewDay,
    String reviewMonth,
    String reviewYear,
    String status,
    String version) {

  static final int DESCRIPTION_MAX = 2000;
  static final int NAME_MAX = 200;
  static final int MITIGATION_MAX = 2000;
  static final int MITIGATIONS_MAX = 20;
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  static RiskForm blank(LocalDate today) {
    LocalDate review = today.plusMonths(3);
    return new RiskForm(
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        String.valueOf(review.getDayOfMonth()),
        String.valueOf(review.getMonthValue()),
        String.valueOf(review.getYear()),
        RiskFields.OPEN,
        "0");
  }

  static RiskForm of(Risk risk) {
    RiskFields f = risk.fields();
    return new RiskForm(
        f.contractId() == null ? "" : f.contractId().toString(),
        text(f.area()),
        f.description(),
        f.ownerName(),
        f.ownerRole(),
        f.ownerUserId() == null ? "" : f.ownerUserId().toString(),
        text(f.likelihood()),
        text(f.impact()),
        String.join("\n", f.mitigations()),
        text(f.residualLikelihood()),
        text(f.residualImpact()),
        text(f.residualRating()),
        String.valueOf(f.reviewOn().getDayOfMonth()),
        String.valueOf(f.reviewOn().getMonthValue()),
        String.valueOf(f.reviewOn().getYear()),
        f.status(),
        String.valueOf(risk.version()));
  }

  /** The same form with the risk's version as it is now, keeping what was typed. */
  RiskForm at(int now) {
    return new RiskForm(
        contract,
        area,
        description,
        ownerName,
        ownerRole,
        ownerUser,
        likelihood,
        impact,
        mitigations,
        residualLikelihood,
        residualImpact,
        residualRating,
        reviewDay,
        reviewMonth,
        reviewYear,
        status,
        String.valueOf(now));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /**
   * The risk's fields, or null with the errors said.
   *
   * @param unscoredAllowed whether the inherent scores may stay empty: only for a risk that was
   *     never scored (one copied from a paper that gave a residual rating alone)
   */
  RiskFields check(
      Map<String, String> errors, String level, boolean unscoredAllowed, LocalDate today) {
    UUID contractId = null;
    if (RiskFields.CONTRACT.equals(level)) {
      contractId = uuid(contract);
      if (contractId == null) {
        errors.put("contract", "Choose the contract the risk is about");
      }
    }
    String areaText = strip(area);
    if (areaText != null && areaText.length() > NAME_MAX) {
      errors.put("area", "The area must be 200 characters or fewer");
    }
    String what = strip(description);
    if (what == null) {
      errors.put("description", "Describe the risk");
    } else if (what.length() > DESCRIPTION_MAX) {
      errors.put("description", "The description must be 2,000 characters or fewer");
    }
    String owner = strip(ownerName);
    if (owner == null) {
      errors.put("ownerName", "Enter the name of the risk's owner");
    } else if (owner.length() > NAME_MAX) {
      errors.put("ownerName", "The owner's name must be 200 characters or fewer");
    }
    String role = strip(ownerRole);
    if (role == null) {
      errors.put("ownerRole", "Enter the owner's role, like Commissioner");
    } else if (role.length() > NAME_MAX) {
      errors.put("ownerRole", "The owner's role must be 200 characters or fewer");
    }
    UUID ownerId = null;
    if (strip(ownerUser) != null) {
      ownerId = uuid(ownerUser);
      if (ownerId == null) {
        errors.put("ownerUser", "Choose one of the users listed, or no one");
      }
    }
    Integer l = score(likelihood);
    Integer i = score(impact);
    boolean inherentBlank = strip(likelihood) == null && strip(impact) == null;
    if (!(unscoredAllowed && inherentBlank)) {
      if (l == null) {
        errors.put("likelihood", "Choose the likelihood, from 1 (rare) to 5 (almost certain)");
      }
      if (i == null) {
        errors.put("impact", "Choose the impact, from 1 (negligible) to 5 (severe)");
      }
    }
    List<String> steps = new ArrayList<>();
    String typed = strip(mitigations);
    if (typed != null) {
      for (String line : typed.split("\\R")) {
        if (!line.isBlank()) {
          steps.add(line.strip());
        }
      }
    }
    if (steps.isEmpty()) {
      errors.put("mitigations", "Enter at least one mitigation");
    } else if (steps.size() > MITIGATIONS_MAX) {
      errors.put("mitigations", "Enter 20 mitigations or fewer");
    } else if (steps.stream().anyMatch(s -> s.length() > MITIGATION_MAX)) {
      errors.put("mitigations", "Each mitigation must be 2,000 characters or fewer");
    }
    Integer rl = score(residualLikelihood);
    Integer ri = score(residualImpact);
    boolean residualScoresBlank =
        strip(residualLikelihood) == null && strip(residualImpact) == null;
    String word = strip(residualRating);
    if (!residualScoresBlank && (rl == null || ri == null)) {
      errors.put(
          "residualLikelihood",
          "Choose both the residual likelihood and the residual impact, from 1 to 5");
    } else if (word != null && Band.fromCode(word).isEmpty()) {
      errors.put("residualRating", "Choose low, medium or high");
    } else if (residualScoresBlank && word == null) {
      errors.put(
          "residualLikelihood",
          "Score the residual likelihood and impact, or choose a residual rating");
    } else if (!residualScoresBlank && word != null) {
      errors.put(
          "residualRating",
          "Give either the residual scores or a residual rating, not both: the scores set the"
              + " rating");
    }
    LocalDate review = date(reviewDay, reviewMonth, reviewYear);
    if (review == null || review.getYear() < 2000 || review.isAfter(today.plusYears(10))) {
      errors.put("reviewDay", "Enter the date the risk is next reviewed, like 30 6 2026");
    }
    String state = strip(status);
    if (!RiskFields.OPEN.equals(state) && !RiskFields.CLOSED.equals(state)) {
      errors.put("status", "Choose whether the risk is open or closed");
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new RiskFields(
        level,
        contractId,
        areaText,
        what,
        owner,
        role,
        ownerId,
        l,
        i,
        steps,
        residualScoresBlank ? null : rl,
        residualScoresBlank ? null : ri,
        residualScoresBlank ? word : null,
        review,
        state);
  }

  Integer versionNumber() {
    String text = strip(version);
    return text != null && text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
  }

  static Integer score(String value) {
    String text = strip(value);
    if (text == null || !text.matches("[1-5]")) {
      return null;
    }
    return Integer.valueOf(text);
  }

  static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static UUID uuid(String value) {
    String text = strip(value);
    return text != null && UUID_TEXT.matcher(text).matches() ? UUID.fromString(text) : null;
  }

  static LocalDate date(String day, String month, String year) {
    String d = strip(day);
    String m = strip(month);
    String y = strip(year);
    if (d == null || m == null || y == null) {
      return null;
    }
    if (!d.matches("[0-9]{1,2}") || !m.matches("[0-9]{1,2}") || !y.matches("[0-9]{4}")) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
