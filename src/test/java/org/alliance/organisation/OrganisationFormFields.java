package org.alliance.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the organisation form sends, for tests that post it. */
final class OrganisationFormFields {

  private OrganisationFormFields() {}

  static Map<String, String> fields(String name, String charity, String company) {
    Map<String, String> fields = new HashMap<>();
    fields.put("name", name);
    fields.put("type", "charity");
    fields.put("relationship", "community");
    fields.put("charityNumber", charity);
    fields.put("companyNumber", company);
    fields.put("website", "https://riverside.example");
    return fields;
  }

  static Map<String, String> withVersion(Map<String, String> fields, String version) {
    fields.put("version", version);
    return fields;
  }

  /** The version the edit form was read at, from its hidden field. */
  static String version(String html) {
    Matcher version = Pattern.compile("name=\"version\" value=\"([0-9]+)\"").matcher(html);
    assertThat(version.find()).as("the form carries the version it was read at").isTrue();
    return version.group(1);
  }

  /** Tests share one database, so every name they add is new. */
  static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
