package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;

/** An episode's NDTMS treatment details, as typed. */
record TreatmentForm(
    String referredDay,
    String referredMonth,
    String referredYear,
    String referralSource,
    String triagedDay,
    String triagedMonth,
    String triagedYear,
    String carePlanDay,
    String carePlanMonth,
    String carePlanYear,
    String substance1,
    String substance1Age,
    String substance1Route,
    String substance2,
    String substance3,
    String injectingStatus,
    String parentalStatus,
    String dischargedDay,
    String dischargedMonth,
    String dischargedYear,
    String dischargeReason,
    String version) {

  static final String FIELDS =
      "referredDay,referralSource,triagedDay,carePlanDay,substance1,substance1Age,substance1Route,"
          + "substance2,substance3,injectingStatus,parentalStatus,dischargedDay,dischargeReason";

  static TreatmentForm of(TreatmentDetails saved) {
    TreatmentDetails d =
        saved == null
            ? new TreatmentDetails(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null)
            : saved;
    return new TreatmentForm(
        DateParts.day(d.referredOn()),
        DateParts.month(d.referredOn()),
        DateParts.year(d.referredOn()),
        blank(d.referralSource()),
        DateParts.day(d.triagedOn()),
        DateParts.month(d.triagedOn()),
        DateParts.year(d.triagedOn()),
        DateParts.day(d.carePlanOn()),
        DateParts.month(d.carePlanOn()),
        DateParts.year(d.carePlanOn()),
        blank(d.substance1()),
        d.substance1Age() == null ? "" : d.substance1Age().toString(),
        blank(d.substance1Route()),
        blank(d.substance2()),
        blank(d.substance3()),
        blank(d.injectingStatus()),
        blank(d.parentalStatus()),
        DateParts.day(d.dischargedOn()),
        DateParts.month(d.dischargedOn()),
        DateParts.year(d.dischargedOn()),
        blank(d.dischargeReason()),
        Versions.of(d.version()));
  }

  TreatmentForm onVersion(Integer newer) {
    return new TreatmentForm(
        referredDay,
        referredMonth,
        referredYear,
        referralSource,
        triagedDay,
        triagedMonth,
        triagedYear,
        carePlanDay,
        carePlanMonth,
        carePlanYear,
        substance1,
        substance1Age,
        substance1Route,
        substance2,
        substance3,
        injectingStatus,
        parentalStatus,
        dischargedDay,
        dischargedMonth,
        dischargedYear,
        dischargeReason,
        Versions.of(newer));
  }

  Optional<TreatmentDetails> check(Errors errors, CodeBook book, LocalDate today) {
    LocalDate referred =
        DateParts.check(
            errors,
            "referred",
            referredDay,
            referredMonth,
            referredYear,
            true,
            "the date of the referral",
            today);
    LocalDate triaged =
        DateParts.check(
            errors,
            "triaged",
            triagedDay,
            triagedMonth,
            triagedYear,
            false,
            "the date of triage",
            today);
    LocalDate carePlan =
        DateParts.check(
            errors,
            "carePlan",
            carePlanDay,
            carePlanMonth,
            carePlanYear,
            false,
            "the date the care plan started",
            today);
    LocalDate discharged =
        DateParts.check(
            errors,
            "discharged",
            dischargedDay,
            dischargedMonth,
            dischargedYear,
            false,
            "the date of discharge",
            today);
    if (referred != null && triaged != null && triaged.isBefore(referred)) {
      errors.rejectValue("triagedDay", "order", "Triage must be on or after the referral");
    }
    if (triaged != null && carePlan != null && carePlan.isBefore(triaged)) {
      errors.rejectValue("carePlanDay", "order", "The care plan must start on or after triage");
    }
    LocalDate start = triaged != null ? triaged : referred;
    if (start != null && discharged != null && discharged.isBefore(start)) {
      errors.rejectValue(
          "dischargedDay", "order", "Discharge must be on or after the referral and triage");
    }
    LocalDate codesOn = start == null ? today : start;
    String source =
        CodeField.check(
            errors,
            book,
            "referralSource",
            "RFLS",
            referralSource,
            referred == null ? today : referred,
            false,
            "where the referral came from");
    String drug1 =
        CodeField.check(
            errors, book, "substance1", "DRUG", substance1, codesOn, false, "the main substance");
    Integer age = null;
    if (substance1Age != null && !substance1Age.isBlank()) {
      String a = substance1Age.strip();
      if (a.matches("[0-9]{1,3}") && Integer.parseInt(a) >= 1 && Integer.parseInt(a) <= 120) {
        age = Integer.parseInt(a);
      } else {
        errors.rejectValue(
            "substance1Age", "age", "Age first used must be a whole number from 1 to 120");
      }
    }
    String route =
        CodeField.check(
            errors,
            book,
            "substance1Route",
            "ROUTE",
            substance1Route,
            codesOn,
            false,
            "how they take it");
    String drug2 =
        CodeField.check(
            errors, book, "substance2", "DRUG", substance2, codesOn, false, "a second substance");
    String drug3 =
        CodeField.check(
            errors, book, "substance3", "DRUG", substance3, codesOn, false, "a third substance");
    String injecting =
        CodeField.check(
            errors,
            book,
            "injectingStatus",
            "INJSTAT",
            injectingStatus,
            codesOn,
            false,
            "their injecting status");
    String parental =
        CodeField.check(
            errors,
            book,
            "parentalStatus",
            "PRNTSTAT",
            parentalStatus,
            codesOn,
            false,
            "their parental status");
    String reason =
        CodeField.check(
            errors,
            book,
            "dischargeReason",
            "DISRSN",
            dischargeReason,
            discharged == null ? today : discharged,
            discharged != null,
            "the reason for discharge");
    if (discharged == null && reason != null && !errors.hasFieldErrors("dischargedDay")) {
      errors.rejectValue("dischargedDay", "required", "Enter the date of discharge, or no reason");
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new TreatmentDetails(
            referred,
            source,
            triaged,
            carePlan,
            drug1,
            age,
            route,
            drug2,
            drug3,
            injecting,
            parental,
            discharged,
            reason,
            null));
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
