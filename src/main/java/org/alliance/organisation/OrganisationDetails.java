package org.alliance.organisation;

/** What is needed to create or change an organisation; identifiers already validated. */
public record OrganisationDetails(
    String name,
    OrganisationType type,
    Relationship relationship,
    String charityNumber,
    String companyNumber,
    String website) {}
