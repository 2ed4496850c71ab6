package org.alliance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliance.commissioning.OpenContracting;
import org.alliance.commissioning.OpenContracting.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import-ocds",
    mixinStandardHelpOptions = true,
    description = {
      "Import an OCDS release package (JSON) into the contract register, all or nothing: one",
      "contract per ocid (its releases merged), with its councils and shares, providers, term,",
      "options, values by year, funding sources and documents. Prints what was taken and what",
      "the register does not model. Exits 1, with nothing imported, if the file is missing, not",
      "JSON, not a valid release package, or holds anything the register refuses."
    })
class ImportOcdsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", description = "the release package file")
  Path path;

  @Option(
      names = "--reference-prefix",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "put before every contract reference (to import a copy beside the originals)")
  String referencePrefix;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CommandInput.readableFile(path);
    try (ConfigurableApplicationContext app = CommandContext.start()) {
      ImportReport report = app.getBean(OpenContracting.class).importPackage(path, referencePrefix);
      PrintWriter out = report.imported() ? spec.commandLine().getOut() : err;
      report.lines().forEach(out::println);
      out.flush();
      return report.imported() ? 0 : CommandErrors.REFUSED;
    }
  }
}
