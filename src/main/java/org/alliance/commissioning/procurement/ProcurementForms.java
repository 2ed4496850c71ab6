package org.alliance.commissioning.procurement;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The procurement pages' forms, as typed, and the checks they share. */
final class ProcurementForms {

  static final int NAME_MAX = 200;
  static final int HEADING_MAX = 300;
  static final int TEXT_MAX = 2000;
  static final int RATIONALE_MAX = 4000;

  private ProcurementForms() {}

  record ProcurementForm(
      String title,
      String contract,
      String route,
      String startDay,
      String startMonth,
      String startYear) {

    static ProcurementForm blank(LocalDate today) {
      return new ProcurementForm(
          "",
          "",
          "",
          String.valueOf(today.getDayOfMonth()),
          String.valueOf(today.getMonthValue()),
          String.valueOf(today.getYear()));
    }

    Procurements.NewProcurement check(Map<String, String> errors, LocalDate today) {
      String name = text(title, NAME_MAX, "title", "Enter the procurement's title", errors);
      UUID contractId = null;
      if (strip(contract) != null) {
        contractId = uuid(contract);
        if (contractId == null) {
          errors.put("contract", "Choose one of the register's contracts, or none");
        }
      }
      String code = strip(route);
      if (code == null || !code.matches("[a-z0-9-]{1,40}")) {
        errors.put("route", "Choose the route the service is bought under");
        code = null;
      }
      LocalDate starts = date(startDay, startMonth, startYear);
      if (starts == null || starts.getYear() < 2000 || starts.isAfter(today.plusYears(5))) {
        errors.put("startDay", "Enter the date the procurement starts, like 1 4 2026");
      }
      return errors.isEmpty()
          ? new Procurements.NewProcurement(name, contractId, code, starts)
          : null;
    }
  }

  record StageForm(String stageName) {}

  record QuestionForm(String stage, String heading, String kind, String scale, String weight) {

    Procurements.NewQuestion check(Map<String, String> errors) {
      UUID stageId = uuid(stage);
      if (stageId == null) {
        errors.put("stage", "Choose the stage the question belongs to");
      }
      String words = text(heading, HEADING_MAX, "heading", "Enter the question's heading", errors);
      String chosen = strip(kind);
      Integer scaleMax = null;
      BigDecimal weightGiven = null;
      if ("scored".equals(chosen)) {
        String s = strip(scale);
        if ("5".equals(s) || "100".equals(s)) {
          scaleMax = Integer.valueOf(s);
        } else {
          errors.put("scale", "Choose the scale: 0 to 5 or 0 to 100");
        }
        weightGiven = ProcurementForms.weight(weight, errors);
      } else if (!"pass-fail".equals(chosen)) {
        errors.put("kind", "Choose whether the question is pass or fail, or scored");
      }
      return errors.isEmpty()
          ? new Procurements.NewQuestion(stageId, words, chosen, scaleMax, weightGiven)
          : null;
    }
  }

  record BidderForm(String bidderName, String bidderOrganisation) {}

  record EvaluatorForm(String evaluator) {}

  record DeclarationForm(String conflict, String detail) {}

  record ModerationForm(
      String question,
      String bidder,
      String score,
      String outcome,
      String reason,
      String version) {}

  record AwardForm(
      String awardBidder,
      String decidedDay,
      String decidedMonth,
      String decidedYear,
      String awardReason,
      String version) {

    static AwardForm blank(LocalDate today, int version) {
      return new AwardForm(
          "",
          String.valueOf(today.getDayOfMonth()),
          String.valueOf(today.getMonthValue()),
          String.valueOf(today.getYear()),
          "",
          String.valueOf(version));
    }

    Procurements.AwardDecision check(Map<String, String> errors, LocalDate today) {
      UUID bidder = uuid(awardBidder);
      if (bidder == null) {
        errors.put("awardBidder", "Choose the bidder the contract is to be awarded to");
      }
      LocalDate on = date(decidedDay, decidedMonth, decidedYear);
      if (on == null || on.getYear() < 2000 || on.isAfter(today.plusYears(1))) {
        errors.put("decidedDay", "Enter the date the award notice is published, like 2 3 2026");
      }
      String why =
          text(awardReason, TEXT_MAX, "awardReason", "Enter the reason for the decision", errors);
      Integer since = ProcurementForms.version(version);
      if (since == null) {
        errors.put(
            "awardBidder", "This procurement changed since you opened it: check it and try again");
      }
      return errors.isEmpty() ? new Procurements.AwardDecision(bidder, on, why, since) : null;
    }
  }

  /** A required text: stripped, and no longer than {@code max}. */
  static String text(
      String value, int max, String field, String missing, Map<String, String> errors) {
    String text = strip(value);
    if (text == null) {
      errors.put(field, missing);
    } else if (text.length() > max) {
      errors.put(field, "Use " + String.format("%,d", max) + " characters or fewer");
    }
    return text;
  }

  /** A weight in per cent: more than 0, at most 100, with at most two decimal places. */
  static BigDecimal weight(String value, Map<String, String> errors) {
    String text = strip(value);
    if (text != null) {
      text = text.replace("%", "").strip();
    }
    if (text == null || !text.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
      errors.put("weight", "Enter the weight as a percentage from 0.01 to 100, like 25 or 12.5");
      return null;
    }
    BigDecimal weight = new BigDecimal(text);
    if (weight.signum() <= 0 || weight.compareTo(Procurements.HUNDRED) > 0) {
      errors.put("weight", "Enter the weight as a percentage from 0.01 to 100, like 25 or 12.5");
      return null;
    }
    return weight;
  }

  /** A whole-number score as typed, or null when it is not one (range is the question's). */
  static Integer score(String value) {
    String text = strip(value);
    if (text == null || !text.matches("[0-9]{1,4}")) {
      return null;
    }
    return Integer.valueOf(text);
  }

  static String strip(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip();
  }

  static UUID uuid(String value) {
    String text = strip(value);
    if (text == null
        || !text.matches(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      return null;
    }
    return UUID.fromString(text);
  }

  static Integer version(String value) {
    String text = strip(value);
    if (text == null || !text.matches("[0-9]{1,9}")) {
      return null;
    }
    return Integer.valueOf(text);
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
