package org.alliance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliance.directory.DirectoryTransfer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "export-directory",
    mixinStandardHelpOptions = true,
    description = {
      "Export the whole directory into FOLDER in both HSDS 3.0 forms:",
      "hsds.json (every service in full) with organizations.json, locations.json, taxonomies.json",
      "and taxonomy_terms.json, and csv/ (the tabular data package). Existing files are replaced."
    })
class ExportDirectoryCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FOLDER", description = "the folder to write (created if missing)")
  Path folder;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CommandInput.writableFolder(folder);
    try (ConfigurableApplicationContext app = CommandContext.start()) {
      app.getBean(DirectoryTransfer.class).exportTo(folder);
      PrintWriter out = spec.commandLine().getOut();
      out.println("Exported the directory to " + folder.toAbsolutePath().normalize());
      out.flush();
      return 0;
    }
  }
}
