package org.alliance;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.alliance.directory.PostcodeImportResult;
import org.alliance.directory.Postcodes;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import-postcodes",
    mixinStandardHelpOptions = true,
    description = {
      "Load postcode centroids for distance search from the ONS Postcode Directory (ONSPD) CSV or OS Code-Point "
          + "Open CSV files, all in one transaction. A file with any bad row changes nothing; the bad rows are "
          + "listed with their line numbers.",
      "Uses the same database as run (DATABASE_URL, or the embedded one under ALLIANCE_DATA_DIR)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:imported",
      "1:refused (bad rows, no postcodes, or a file that cannot be read)"
    })
class ImportPostcodesCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "ONSPD CSV (e.g. Data/ONSPD_<MONTH>_<YEAR>_UK.csv) or Code-Point Open CSV files (Data/CSV/*.csv)")
  List<Path> files;

  @Spec CommandSpec spec;

  /** Extra Spring arguments: the tests point the command at their own database with these. */
  private final String[] springArguments;

  ImportPostcodesCommand() {
    this(new String[0]);
  }

  ImportPostcodesCommand(String... springArguments) {
    this.springArguments = springArguments.clone();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    files.forEach(CommandInput::readableFile);
    try (ConfigurableApplicationContext context = CommandContext.start(springArguments)) {
      Postcodes postcodes = context.getBean(Postcodes.class);
      PostcodeImportResult result = postcodes.importFiles(files);
      (result.accepted() ? out : err).println(result.report());
      out.printf("The directory knows %,d postcodes.%n", postcodes.count());
      out.flush();
      err.flush();
      return result.accepted() ? 0 : 1;
    }
  }
}
