package org.alliance.support.referral;

import java.util.Set;
import java.util.UUID;
import org.alliance.support.access.SensitivityLabel;

/**
 * A referral once its form has been checked: to a directory service or to a member (one of the
 * two), on consent or on an override with its reason.
 */
public record NewReferral(
    String serviceId,
    UUID memberId,
    boolean override,
    String overrideReason,
    Set<SensitivityLabel> labels,
    String note,
    String foundBy) {}
