package org.alliance.directory.hsds;

import java.nio.file.Path;
import org.alliance.directory.ImportReport;
import org.alliance.directory.editing.EditorScope;

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
 */
public interface ScopedImport {

  ImportReport importFrom(Path path, EditorScope scope);
}
