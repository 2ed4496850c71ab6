package org.alliance.directory.hsds;

import java.util.List;
import org.alliance.directory.ImportProblem;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writing one service, as a whole {@code service_full.json} document, the way an import would: the
 * same schema and reference checks, the same comparison (an unchanged row is not written) and the
 * same change log. For the directory's own editors, who change one service at a time.
 */
public interface ServiceRecords {

  /** Every problem the document has, by JSON pointer; empty when it can be written. */
  List<ImportProblem> check(ObjectNode service);

  /**
   * Writes the document in the caller's transaction. Lists the document holds replace the service's
   * own (a phone left out is removed); lists it leaves out are kept as they are.
   *
   * @throws IllegalArgumentException when {@link #check} would report problems
   */
  void write(ObjectNode service);

  /**
   * Writes the document as {@link #write} does, then checks the rows written against the scope the
   * way an editor's upload is checked ({@link ScopedImport}): every row changed or now referred to
   * must be within it. Returns the problems; when there are any the caller must roll back.
   */
  List<ImportProblem> writeWithin(ObjectNode service, EditorScope scope);
}
