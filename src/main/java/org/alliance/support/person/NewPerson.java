package org.alliance.support.person;

import java.time.LocalDate;

/** A registration once its form has been checked: every value parsed and tidied once, here. */
public record NewPerson(
    String givenName,
    String familyName,
    String preferredName,
    String pronouns,
    LocalDate dateOfBirth,
    String postcode,
    String nhsNumber,
    String reference,
    String languages,
    String communicationNeeds,
    String accessibilityNeeds,
    ConsentAtRegistration consent) {}
