package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;

/** A modality of an episode, as typed. */
record ModalityForm(
    String modality,
    String referredDay,
    String referredMonth,
    String referredYear,
    String offeredDay,
    String offeredMonth,
    String offeredYear,
    String startedDay,
    String startedMonth,
    String startedYear,
    String endedDay,
    String endedMonth,
    String endedYear,
    String exitStatus,
    String setting,
    String version) {

  static final String FIELDS =
      "modality,referredDay,offeredDay,startedDay,endedDay,exitStatus,setting";

  static ModalityForm of(Modality saved) {
    Modality m =
        saved == null ? new Modality(null, null, null, null, null, null, null, null, null) : saved;
    return new ModalityForm(
        blank(m.modality()),
        DateParts.day(m.referredOn()),
        DateParts.month(m.referredOn()),
        DateParts.year(m.referredOn()),
        DateParts.day(m.firstOfferedOn()),
        DateParts.month(m.firstOfferedOn()),
        DateParts.year(m.firstOfferedOn()),
        DateParts.day(m.startedOn()),
        DateParts.month(m.startedOn()),
        DateParts.year(m.startedOn()),
        DateParts.day(m.endedOn()),
        DateParts.month(m.endedOn()),
        DateParts.year(m.endedOn()),
        blank(m.exitStatus()),
        blank(m.setting()),
        Versions.of(m.version()));
  }

  ModalityForm onVersion(Integer newer) {
    return new ModalityForm(
        modality,
        referredDay,
        referredMonth,
        referredYear,
        offeredDay,
        offeredMonth,
        offeredYear,
        startedDay,
        startedMonth,
        startedYear,
        endedDay,
        endedMonth,
        endedYear,
        exitStatus,
        setting,
        Versions.of(newer));
  }

  Optional<Modality> check(Errors errors, CodeBook book, LocalDate today) {
    LocalDate referred =
        DateParts.check(
            errors,
            "referred",
            referredDay,
            referredMonth,
            referredYear,
            true,
            "the date they were referred to it",
            today);
    // An appointment may be offered for a day still to come.
    LocalDate offered =
        DateParts.check(
            errors,
            "offered",
            offeredDay,
            offeredMonth,
            offeredYear,
            false,
            "the date of the first appointment offered",
            today.plusYears(1));
    LocalDate started =
        DateParts.check(
            errors,
            "started",
            startedDay,
            startedMonth,
            startedYear,
            false,
            "the date it started",
            today);
    LocalDate ended =
        DateParts.check(
            errors, "ended", endedDay, endedMonth, endedYear, false, "the date it ended", today);
    if (referred != null && offered != null && offered.isBefore(referred)) {
      errors.rejectValue(
          "offeredDay", "order", "The first appointment must be offered on or after the referral");
    }
    if (referred != null && started != null && started.isBefore(referred)) {
      errors.rejectValue("startedDay", "order", "It must start on or after the referral");
    }
    if (started != null && ended != null && ended.isBefore(started)) {
      errors.rejectValue("endedDay", "order", "It must end on or after it started");
    }
    LocalDate on = started != null ? started : referred != null ? referred : today;
    String code =
        CodeField.check(errors, book, "modality", "MODAL", modality, on, true, "the modality");
    String where =
        CodeField.check(errors, book, "setting", "MODSET", setting, on, false, "the setting");
    String exit =
        CodeField.check(
            errors,
            book,
            "exitStatus",
            "MODEXIT",
            exitStatus,
            ended == null ? today : ended,
            ended != null,
            "how it ended");
    if (ended == null && exit != null && !errors.hasFieldErrors("endedDay")) {
      errors.rejectValue("endedDay", "required", "Enter the date it ended, or no exit status");
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new Modality(null, code, referred, offered, started, ended, exit, where, null));
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
