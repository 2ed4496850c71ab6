package org.alliance.support.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rule itself, as a pure function of the facts, so that it can be read in one screen and tested
 * without a database. In order: an exclusion of the viewer or their member wins over everything;
 * the registering member's team needs no consent; every other member's grant counts only while the
 * person's consent covers that member, and reaches only the labels both grant and consent name;
 * break glass reaches everything, whatever the consent says, for its short time.
 */
final class AccessRule {

  /** A grant in force now that names the viewer or their member. */
  record ActiveGrant(
      UUID id, GrantKind kind, UUID memberId, UUID userId, Set<SensitivityLabel> labels) {}

  /** What is known about the person for the decision. */
  record Facts(UUID registeringMember, Consent consent, List<ActiveGrant> grants) {}

  enum Visibility {
    /** Nothing: not even that a record exists. */
    HIDDEN,
    /** The viewer may learn that a record may exist and ask for access, nothing more. */
    MAY_EXIST,
    OPEN
  }

  record Decision(
      Visibility visibility, GrantKind basis, UUID grantId, Set<SensitivityLabel> labels) {
    static final Decision HIDDEN = new Decision(Visibility.HIDDEN, null, null, Set.of());
    static final Decision MAY_EXIST = new Decision(Visibility.MAY_EXIST, null, null, Set.of());
  }

  private AccessRule() {}

  static Decision decide(Practitioner viewer, Facts facts, LocalDate today) {
    if (viewer.kind() != Practitioner.Kind.CASE_WORKER) {
      return Decision.HIDDEN;
    }
    if (facts.grants().stream().anyMatch(g -> g.kind() == GrantKind.EXCLUDED)) {
      return Decision.HIDDEN;
    }
    boolean ownMember = viewer.memberId().equals(facts.registeringMember());
    Consent consent = facts.consent();
    boolean consentCovers = consent != null && consent.covers(viewer.memberId(), today);
    Set<SensitivityLabel> shared =
        consentCovers && !consent.parts().isEmpty()
            ? EnumSet.copyOf(consent.parts())
            : EnumSet.noneOf(SensitivityLabel.class);
    Set<SensitivityLabel> labels = EnumSet.noneOf(SensitivityLabel.class);
    ActiveGrant basis = null;
    for (GrantKind kind : List.of(GrantKind.STANDARD, GrantKind.SPECIFIC, GrantKind.BREAK_GLASS)) {
      for (ActiveGrant grant : facts.grants()) {
        if (grant.kind() != kind) {
          continue;
        }
        if (kind == GrantKind.BREAK_GLASS) {
          labels.addAll(EnumSet.allOf(SensitivityLabel.class));
        } else if (ownMember) {
          labels.addAll(grant.labels());
        } else if (consentCovers) {
          grant.labels().stream().filter(shared::contains).forEach(labels::add);
        } else {
          continue;
        }
        if (basis == null) {
          basis = grant;
        }
      }
    }
    if (basis == null) {
      return Decision.MAY_EXIST;
    }
    return new Decision(Visibility.OPEN, basis.kind(), basis.id(), labels);
  }
}
