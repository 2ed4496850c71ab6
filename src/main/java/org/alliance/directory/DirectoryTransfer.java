package org.alliance.directory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Moving the directory in and out in the two HSDS 3.0 forms: JSON documents and the tabular data
 * package (CSV files with {@code datapackage.json}).
 */
public interface DirectoryTransfer {

  /**
   * Imports a file or folder, all or nothing, in one transaction. Accepted: a JSON file holding one
   * HSDS object (service, organization, service_at_location, location, taxonomy or taxonomy_term),
   * an array of them, or an API page of them ({@code contents}); a folder (or its {@code
   * datapackage.json}) of HSDS CSV files; or a folder written by {@link #exportTo}, whose JSON
   * files are imported. Records are matched by id: new ones are created, changed ones updated, and
   * identical ones left alone, so importing the same data twice changes nothing.
   *
   * @return the counts, or every problem found (with file and place) when nothing was imported
   */
  ImportReport importFrom(Path path);

  /**
   * Writes the whole directory into {@code folder}: {@code hsds.json} and its companions (JSON
   * documents) and {@code csv/} (the tabular data package). See docs/ARCHITECTURE.md for the
   * layout.
   */
  void exportTo(Path folder) throws IOException;
}
