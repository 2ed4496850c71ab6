package org.alliance.support.ndtms;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;

/** The person's NDTMS consent and client items, as typed. */
record ClientForm(
    String consent,
    String consentOnDay,
    String consentOnMonth,
    String consentOnYear,
    String sex,
    String ethnicity,
    String sexuality,
    String version) {

  static final String FIELDS = "consent,consentOnDay,sex,ethnicity,sexuality";

  static ClientForm of(ClientDetails saved, LocalDate today) {
    if (saved == null) {
      return new ClientForm(
          "",
          DateParts.day(today),
          DateParts.month(today),
          DateParts.year(today),
          "",
          "",
          "",
          Versions.of(null));
    }
    return new ClientForm(
        saved.consent(),
        DateParts.day(saved.consentOn()),
        DateParts.month(saved.consentOn()),
        DateParts.year(saved.consentOn()),
        blank(saved.sex()),
        blank(saved.ethnicity()),
        blank(saved.sexuality()),
        Versions.of(saved.version()));
  }

  /** The same answers on a newer version, after a stale save. */
  ClientForm onVersion(Integer version) {
    return new ClientForm(
        consent,
        consentOnDay,
        consentOnMonth,
        consentOnYear,
        sex,
        ethnicity,
        sexuality,
        Versions.of(version));
  }

  Optional<ClientDetails> check(Errors errors, CodeBook book, LocalDate today) {
    if (!"given".equals(consent) && !"refused".equals(consent)) {
      errors.rejectValue("consent", "required", "Say whether they consent to NDTMS");
    }
    LocalDate on =
        DateParts.check(
            errors,
            "consentOn",
            consentOnDay,
            consentOnMonth,
            consentOnYear,
            true,
            "the date they answered",
            today);
    String s = CodeField.check(errors, book, "sex", "SEX", sex, today, false, "their sex");
    String e =
        CodeField.check(
            errors, book, "ethnicity", "ETHNIC", ethnicity, today, false, "their ethnic group");
    String x =
        CodeField.check(
            errors, book, "sexuality", "SEXUAL", sexuality, today, false, "their sexuality");
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new ClientDetails(consent, on, s, e, x, null));
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }
}
