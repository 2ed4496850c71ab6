package org.alliance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import-directory",
    mixinStandardHelpOptions = true,
    description = {
      "Import HSDS 3.0 directory data, all or nothing.",
      "PATH is a JSON file (a service, an organization, ..., an array of them, or an API page),",
      "a folder holding datapackage.json and CSV files, or a folder written by export-directory.",
      "Prints what was created, updated and left unchanged, or every problem found;",
      "exits 1 if the import was refused (nothing is written then)."
    })
class ImportDirectoryCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", description = "the file or folder to import")
  Path path;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CommandInput.readableFileOrFolder(path);
    try (ConfigurableApplicationContext app = CommandContext.start()) {
      ImportReport report = app.getBean(DirectoryTransfer.class).importFrom(path);
      PrintWriter out =
          report.imported() ? spec.commandLine().getOut() : spec.commandLine().getErr();
      report.lines().forEach(out::println);
      out.flush();
      return report.imported() ? 0 : 1;
    }
  }
}
