package org.alliance.directory.hsds;

import java.nio.file.Path;
import org.alliance.directory.ImportReport;

/**
 * An import by someone signed in (an upload), as opposed to the operator's {@link
 * org.alliance.directory.DirectoryTransfer#importFrom}, which may change anything.
 *
 * <p>{@code alliance_organisation_id} is Alliance's, not HSDS's, and decides who looks after an
 * entry, so an upload never sets or changes it: any value in the file is ignored, existing
 * organizations keep theirs, and a new organization is linked to the uploading editor's own
 * Alliance organisation (left unlinked when an administrator uploads it).
 *
 * <p>For an editor (a scope that is not {@link EditorScope#everything()}), every service and
 * organization whose document the upload would change, before and after the change, must be one the
 * editor looks after, and rows the whole directory shares (taxonomies, taxonomy terms, units) may
 * be created but not changed. Otherwise nothing is imported and each offending record is named.
 * These checks need the rows as written, so they run after the schema, type and reference checks,
 * inside the import's transaction, which is then rolled back.
 *
 * <p>The upload is audited as the signed-in uploader's: what it changed (counts per resource and
 * the ids changed) in the import's own transaction, so the change and its record commit together,
 * or why it was refused, in a transaction of its own after the import's was rolled back.
 */
public interface ScopedImport {

  /**
   * @param path the JSON file, or the folder holding the data package
   * @param name what the uploader called it, for the report and the audit log
   */
  ImportReport importFrom(Path path, String name, EditorScope scope);
}
