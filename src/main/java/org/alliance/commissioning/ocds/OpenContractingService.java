package org.alliance.commissioning.ocds;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.alliance.commissioning.OpenContracting;
import org.springframework.stereotype.Component;

/** The register as open contracting data, out and in. */
@Component
class OpenContractingService implements OpenContracting {

  private final Releases releases;
  private final Disclosure disclosure;
  private final PackageWriter writer;
  private final PackageImport importer;

  OpenContractingService(
      Releases releases, Disclosure disclosure, OcdsSettings settings, PackageImport importer) {
    this.releases = releases;
    this.disclosure = disclosure;
    this.writer = new PackageWriter(settings);
    this.importer = importer;
  }

  @Override
  public void exportPackage(OutputStream out, Audience audience) {
    writer.write(releases.snapshot(), disclosure.shown(audience), out);
  }

  @Override
  public ImportReport importPackage(Path file, String referencePrefix) {
    try {
      return importer.importFile(file, referencePrefix == null ? "" : referencePrefix);
    } catch (PackageImport.BadFile bad) {
      return new ImportReport(false, List.of(bad.getMessage()));
    }
  }
}
