package org.alliance.commissioning;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The register published as open contracting data (OCDS 1.1.5), and read back: what the command
 * line uses. Everything about the mapping lives in {@code commissioning.ocds}.
 */
public interface OpenContracting {

  /** Who a package is for: anyone, or the councils (a signed-in commissioner). */
  enum Audience {
    PUBLIC,
    COUNCILS
  }

  /** Streams the release package of every contract in the register, as this audience sees it. */
  void exportPackage(OutputStream out, Audience audience) throws IOException;

  /**
   * Imports a release package, all or nothing. {@code referencePrefix} (may be empty) is put before
   * every contract reference the package gives, to bring in a copy beside the originals.
   */
  ImportReport importPackage(Path file, String referencePrefix);

  /** What an import did, or why it was refused, line by line. */
  record ImportReport(boolean imported, List<String> lines) {}
}
