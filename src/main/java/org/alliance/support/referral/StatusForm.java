package org.alliance.support.referral;

/** A change of status from the referral page: which, the version the page showed, and why. */
public record StatusForm(String action, Integer version, String reason) {}
