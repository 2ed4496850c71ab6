package org.alliance.support.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Proof that {@link PersonAccess} let this viewer open this person's record, and how far. Only
 * {@code PersonAccess} can make one, so code that reads a record must have been through it: queries
 * of the record take a {@code RecordAccess}, not a bare id.
 */
public final class RecordAccess {

  /** What the viewer may read. */
  public enum Level {
    /** The case record: identity, episodes, contacts, notes, within the labels reached. */
    CASE_RECORD,
    /** Oversight for the data-protection lead: identity, grants and audit, no case content. */
    OVERSIGHT,
    /**
     * A subject-access copy: the whole record, every label, to be given to the person. Made only as
     * a download for the data-protection lead or by the operator's command; never shown on a page.
     */
    SUBJECT_ACCESS
  }

  private final UUID personId;
  private final Practitioner viewer;
  private final Level level;
  private final GrantKind basis;
  private final UUID grantId;
  private final Set<SensitivityLabel> labels;

  RecordAccess(
      UUID personId,
      Practitioner viewer,
      Level level,
      GrantKind basis,
      UUID grantId,
      Set<SensitivityLabel> labels) {
    this.personId = personId;
    this.viewer = viewer;
    this.level = level;
    this.basis = basis;
    this.grantId = grantId;
    this.labels = labels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(labels));
  }

  public UUID personId() {
    return personId;
  }

  public Practitioner viewer() {
    return viewer;
  }

  public Level level() {
    return level;
  }

  public boolean caseRecord() {
    return level == Level.CASE_RECORD;
  }

  /** The kind of grant the record was opened under; null for oversight. */
  public GrantKind basis() {
    return basis;
  }

  public UUID grantId() {
    return grantId;
  }

  public Set<SensitivityLabel> labels() {
    return labels;
  }

  /** Whether an entry with this label (null: general) may be shown. */
  public boolean reaches(SensitivityLabel label) {
    return label == null ? caseRecord() : caseRecord() && labels.contains(label);
  }

  /** The labels reached, for a query's {@code label = any(:labels)}. */
  public String[] labelCodes() {
    return SensitivityLabel.codes(labels);
  }

  public boolean breakGlass() {
    return basis == GrantKind.BREAK_GLASS;
  }

  /**
   * Whether the viewer is in the person's own team (a standard grant): only the team records
   * consent, decides requests for access and names exclusions.
   */
  public boolean team() {
    return caseRecord() && basis == GrantKind.STANDARD;
  }
}
