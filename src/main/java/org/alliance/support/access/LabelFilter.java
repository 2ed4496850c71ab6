package org.alliance.support.access;

/**
 * The one condition that keeps labelled entries (contacts, case notes) from viewers whose grant
 * does not reach their label. Every query of labelled entries adds it, with {@link
 * #labels(RecordAccess)} bound to {@code :labels}.
 */
public final class LabelFilter {

  private LabelFilter() {}

  /** {@code (alias.label is null or alias.label = any(:labels))}. */
  public static String visible(String alias) {
    return "(" + alias + ".label is null or " + alias + ".label = any(cast(:labels as text[])))";
  }

  /** The labels the viewer reaches, for the {@code :labels} parameter; none for oversight. */
  public static String[] labels(RecordAccess access) {
    if (!access.caseRecord()) {
      throw new NoSuchRecord();
    }
    return access.labelCodes();
  }
}
