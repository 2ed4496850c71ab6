package org.alliance.support.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Proof that {@link PersonAccess#ownView} let a person's own account (or a proxy's) read this
 * record, and which parts. Only {@code PersonAccess} makes one, so every query of "My plan" takes
 * an {@code OwnView}, not an id from the request.
 */
public final class OwnView {

  /** Whose account it is. */
  public enum Relation {
    /** The person the record is about. */
    SELF,
    /** A parent, carer or supporter the person agreed to. */
    PROXY
  }

  private final UUID personId;
  private final UUID userId;
  private final Relation relation;
  private final String relationship;
  private final Set<SharedPart> parts;

  OwnView(
      UUID personId, UUID userId, Relation relation, String relationship, Set<SharedPart> parts) {
    this.personId = personId;
    this.userId = userId;
    this.relation = relation;
    this.relationship = relationship;
    this.parts = parts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(parts));
  }

  public UUID personId() {
    return personId;
  }

  /** The account reading (the person's or the proxy's). */
  public UUID userId() {
    return userId;
  }

  public Relation relation() {
    return relation;
  }

  public boolean self() {
    return relation == Relation.SELF;
  }

  /** How a proxy is related to the person ("Mum", "carer"); null for the person. */
  public String relationship() {
    return relationship;
  }

  public Set<SharedPart> parts() {
    return parts;
  }

  public boolean reaches(SharedPart part) {
    return parts.contains(part);
  }

  /** The code stored beside what this account writes ({@code self} or {@code proxy}). */
  public String writtenAs() {
    return self() ? "self" : "proxy";
  }

  /**
   * The sensitivity labels of entries this account may read, for {@link LabelFilter#visible}'s
   * {@code :labels}. The person reads their own labelled entries; a proxy never does (a parent does
   * not read a young person's sexual-health or safeguarding entries, whatever was shared).
   */
  public String[] labelCodes() {
    return self() ? SensitivityLabel.codes(EnumSet.allOf(SensitivityLabel.class)) : new String[0];
  }
}
