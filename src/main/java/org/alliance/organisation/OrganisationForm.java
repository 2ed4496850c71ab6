package org.alliance.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * What an administrator typed into the organisation form. Identifiers are normalised on the way in
 * so validation, the database check constraints and the re-shown form all see the same value.
 *
 * @param version the version the form was read at; null when adding
 */
record OrganisationForm(
    @NotBlank(message = "Enter the organisation name")
        @Size(max = 200, message = "Organisation name must be 200 characters or fewer")
        String name,
    @NotNull(message = "Select the type of organisation") OrganisationType type,
    @NotNull(message = "Select the organisation's relationship to the alliance")
        Relationship relationship,
    @Pattern(
            regexp = "[0-9]{6,8}|SC[0-9]{6}|NIC[0-9]{6}",
            message =
                "Enter a charity number in the correct format, like 1234567, SC012345 or NIC123456")
        String charityNumber,
    @Pattern(
            regexp = "([0-9]{2}|[A-Z]{2})[0-9]{6}",
            message = "Enter a company number in the correct format, like 01234567 or SC123456")
        String companyNumber,

    // A host is required and whitespace refused, so the stored value is always a usable link.
    @Size(max = 500, message = "Website address must be 500 characters or fewer")
        @Pattern(
            regexp = "(?i)https?://[a-z0-9-]+(\\.[a-z0-9-]+)*(:[0-9]{1,5})?([/?#]\\S*)?",
            message = "Enter a website address in the correct format, like https://www.example.org")
        String website,
    Integer version) {

  OrganisationForm {
    name = name == null ? null : name.strip();
    charityNumber = identifier(charityNumber);
    companyNumber = paddedCompanyNumber(identifier(companyNumber));
    website = website == null || website.isBlank() ? null : website.strip();
  }

  static OrganisationForm blank() {
    return new OrganisationForm(null, null, null, null, null, null, null);
  }

  static OrganisationForm of(Organisation organisation) {
    return new OrganisationForm(
        organisation.name(),
        organisation.type(),
        organisation.relationship(),
        organisation.charityNumber(),
        organisation.companyNumber(),
        organisation.website(),
        organisation.version());
  }

  OrganisationDetails details() {
    return new OrganisationDetails(name, type, relationship, charityNumber, companyNumber, website);
  }

  /** People copy numbers from letterheads and registers with spaces and in lower case. */
  private static String identifier(String raw) {
    if (raw == null) {
      return null;
    }
    String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return compact.isEmpty() ? null : compact;
  }

  /** Companies House numbers lose their leading zeros when typed or kept in spreadsheets. */
  private static String paddedCompanyNumber(String number) {
    if (number != null && number.length() < 8 && number.matches("[0-9]+")) {
      return "0".repeat(8 - number.length()) + number;
    }
    return number;
  }
}
