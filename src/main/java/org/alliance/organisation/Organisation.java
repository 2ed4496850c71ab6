package org.alliance.organisation;

import java.util.UUID;

/** An organisation as other modules see it. */
public record Organisation(
    UUID id,
    String name,
    OrganisationType type,
    Relationship relationship,
    String charityNumber,
    String companyNumber,
    String website,
    int version) {}
