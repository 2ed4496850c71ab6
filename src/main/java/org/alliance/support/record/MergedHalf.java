package org.alliance.support.record;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.alliance.support.person.Person;
import org.alliance.support.referral.Referral;

/**
 * A record merged into the one shown: everything it had, read as it stands (nothing is copied or
 * rewritten by a merge), and the merge that joined them, which can be undone.
 */
public record MergedHalf(
    UUID mergeId,
    Person person,
    String registeringMember,
    List<String> references,
    List<String> previousNames,
    List<Episode> episodes,
    List<Referral> referrals,
    String reason,
    Instant mergedAt) {}
