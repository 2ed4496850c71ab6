package org.alliance.support;

import java.util.Optional;
import java.util.UUID;

/**
 * Subject-access copies of a person's whole record (identity, identifiers, previous names, consent
 * history, grants, episodes, contacts, case notes, referrals, retention decisions and the audit of
 * reads and changes), as JSON and as a PDF document. Every copy is audited as {@code
 * person.subject-access-export}.
 */
public interface SubjectAccessCopies {

  /**
   * The operator's copy (the {@code export-person} command); empty if there is no such person.
   *
   * @param operator who asked, for the audit entry (the operating-system user)
   */
  Optional<Files> forOperator(UUID personId, String operator);

  /** The two forms of one copy, made from one read of the record. */
  record Files(byte[] json, byte[] pdf) {}
}
