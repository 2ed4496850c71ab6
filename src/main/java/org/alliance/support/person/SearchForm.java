package org.alliance.support.person;

import java.time.LocalDate;
import java.util.Optional;
import org.alliance.directory.Postcodes;
import org.springframework.validation.Errors;

/** The find-a-person form, from the query string. */
public record SearchForm(
    String name,
    String dobDay,
    String dobMonth,
    String dobYear,
    String postcode,
    String identifier) {

  static final String FIELDS = "name,dobDay,postcode,identifier";

  static SearchForm empty() {
    return new SearchForm("", "", "", "", "", "");
  }

  boolean blank() {
    return isBlank(name)
        && DateOfBirth.blank(dobDay, dobMonth, dobYear)
        && isBlank(postcode)
        && isBlank(identifier);
  }

  Optional<SearchCriteria> check(Errors errors, LocalDate today) {
    String tidyName = isBlank(name) ? null : name.strip().replaceAll("\\s+", " ");
    if (tidyName != null && tidyName.length() > 200) {
      errors.rejectValue("name", "length", "Name must be 200 characters or fewer");
    }
    LocalDate dob = null;
    if (!DateOfBirth.blank(dobDay, dobMonth, dobYear)) {
      dob = DateOfBirth.parse(dobDay, dobMonth, dobYear, today).orElse(null);
      if (dob == null) {
        errors.rejectValue(
            "dobDay", "date", "Date of birth must be a real date in the past, like 27 3 2007");
      }
    }
    String tidyPostcode = null;
    if (!isBlank(postcode)) {
      tidyPostcode = Postcodes.normalise(postcode).orElse(null);
      if (tidyPostcode == null) {
        errors.rejectValue("postcode", "format", "Enter a full postcode, like BK1 2AB");
      }
    }
    String id = null;
    if (!isBlank(identifier)) {
      id = NhsNumber.parse(identifier).orElse(identifier.strip());
      if (id.length() > 100) {
        errors.rejectValue("identifier", "length", "A reference must be 100 characters or fewer");
      }
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new SearchCriteria(tidyName, dob, tidyPostcode, id));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
