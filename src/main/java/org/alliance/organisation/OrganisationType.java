package org.alliance.organisation;

import java.util.Arrays;
import java.util.Optional;

/** The legal or community form of an organisation. */
public enum OrganisationType {
  CHARITY("charity", "Charity"),
  NHS_TRUST("nhs-trust", "NHS trust"),
  COUNCIL("council", "Council"),
  SOCIAL_ENTERPRISE("social-enterprise", "Social enterprise"),
  FAITH_GROUP("faith-group", "Faith group"),
  COMMUNITY_GROUP("community-group", "Community group"),
  COMPANY("company", "Company");

  private final String code;
  private final String label;

  OrganisationType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<OrganisationType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
