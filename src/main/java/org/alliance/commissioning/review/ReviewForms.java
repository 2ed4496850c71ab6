package org.alliance.commissioning.review;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** The review pages' forms, as typed, and the checks they share. */
final class ReviewForms {

  static final int NAME_MAX = 200;
  static final int SPECIFICATION_MAX = 300;
  static final int CRITERION_MAX = 500;
  static final int GUIDANCE_MAX = 2000;
  static final int ACTION_MAX = 1000;
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ReviewForms() {}

  record ChecklistForm(String name, String specification) {

    static ChecklistForm blank() {
      return new ChecklistForm("", "");
    }

    void check(Map<String, String> errors) {
      String n = strip(name);
      if (n == null) {
        errors.put("name", "Enter the checklist's name");
      } else if (n.length() > NAME_MAX) {
        errors.put("name", "The name must be 200 characters or fewer");
      }
      String s = strip(specification);
      if (s == null) {
        errors.put("specification", "Enter the service specification the criteria come from");
      } else if (s.length() > SPECIFICATION_MAX) {
        errors.put("specification", "The specification must be 300 characters or fewer");
      }
    }
  }

  record CriterionForm(String criterion, String guidance) {

    static CriterionForm blank() {
      return new CriterionForm("", "");
    }

    void check(Map<String, String> errors) {
      String c = strip(criterion);
      if (c == null) {
        errors.put("criterion", "Enter the criterion");
      } else if (c.length() > CRITERION_MAX) {
        errors.put("criterion", "The criterion must be 500 characters or fewer");
      }
      String g = strip(guidance);
      if (g != null && g.length() > GUIDANCE_MAX) {
        errors.put("guidance", "The guidance must be 2,000 characters or fewer");
      }
    }
  }

  record ReviewForm(
      String contract, String checklist, String reviewDay, String reviewMonth, String reviewYear) {

    static ReviewForm blank(LocalDate today) {
      return new ReviewForm(
          "",
          "",
          String.valueOf(today.getDayOfMonth()),
          String.valueOf(today.getMonthValue()),
          String.valueOf(today.getYear()));
    }

    LocalDate check(Map<String, String> errors, LocalDate today) {
      if (uuid(contract) == null) {
        errors.put("contract", "Choose the contract to review");
      }
      if (uuid(checklist) == null) {
        errors.put("checklist", "Choose the checklist to review it against");
      }
      LocalDate on = date(reviewDay, reviewMonth, reviewYear);
      if (on == null || on.getYear() < 2000 || on.isAfter(today.plusYears(1))) {
        errors.put("reviewDay", "Enter the date of the review, like 27 3 2026");
        return null;
      }
      return on;
    }
  }

  record ActionForm(
      String description, String owner, String dueDay, String dueMonth, String dueYear) {

    static ActionForm blank(LocalDate today) {
      LocalDate due = today.plusMonths(1);
      return new ActionForm(
          "",
          "",
          String.valueOf(due.getDayOfMonth()),
          String.valueOf(due.getMonthValue()),
          String.valueOf(due.getYear()));
    }

    LocalDate check(Map<String, String> errors, LocalDate today) {
      String d = strip(description);
      if (d == null) {
        errors.put("description", "Say what is to be done");
      } else if (d.length() > ACTION_MAX) {
        errors.put("description", "The action must be 1,000 characters or fewer");
      }
      if (uuid(owner) == null) {
        errors.put("owner", "Choose who owns the action");
      }
      LocalDate due = date(dueDay, dueMonth, dueYear);
      if (due == null || due.getYear() < 2000 || due.isAfter(today.plusYears(5))) {
        errors.put("dueDay", "Enter the date it is due, like 30 6 2026");
        return null;
      }
      return due;
    }
  }

  /**
   * Every criterion's finding from the assessment form, whose fields are numbered by the
   * criterion's position: {@code rating-1}, {@code evidence-1}, {@code comment-1}, ...
   */
  static List<ContractReviews.NewFinding> findings(
      ContractReview review, Map<String, String> form, Map<String, String> errors) {
    List<ContractReviews.NewFinding> findings = new ArrayList<>();
    for (ContractReview.Finding finding : review.findings()) {
      int n = finding.criterion().position();
      String typed = strip(form.get("rating-" + n));
      Rag rating = typed == null ? Rag.NOT_ASSESSED : Rag.fromCode(typed).orElse(null);
      if (rating == null) {
        errors.put("rating-" + n, "Choose red, amber, green or not assessed for criterion " + n);
      }
      String evidence = strip(form.get("evidence-" + n));
      if (evidence != null && evidence.length() > ContractReviews.EVIDENCE_MAX) {
        errors.put(
            "evidence-" + n,
            "The evidence for criterion " + n + " must be 4,000 characters or fewer");
      }
      String comment = strip(form.get("comment-" + n));
      if (comment != null && comment.length() > ContractReviews.COMMENT_MAX) {
        errors.put(
            "comment-" + n, "The comment on criterion " + n + " must be 2,000 characters or fewer");
      }
      findings.add(
          new ContractReviews.NewFinding(finding.criterion().id(), evidence, rating, comment));
    }
    return findings;
  }

  static Integer version(String value) {
    String text = strip(value);
    return text != null && text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
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
