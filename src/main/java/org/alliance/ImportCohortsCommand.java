package org.alliance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliance.outcomes.CohortImports;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import-cohorts",
    mixinStandardHelpOptions = true,
    description = {
      "Import cohorts' before-and-after figures from a CSV file, all or nothing, with the columns",
      "cohort,description,people,before_from,before_to,after_from,after_to,source,measure,before,after",
      "(one row per cohort and measure; README, \"Cohorts\"). A cohort already stored, by name, is",
      "replaced by what the file says; importing the same file again changes nothing.",
      "Uses the same database as run (DATABASE_URL, or the embedded one under ALLIANCE_DATA_DIR)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:imported", "1:refused (every problem is listed; nothing was written)"})
class ImportCohortsCommand implements Callable<Integer> {

  /** One byte over a megabyte is enough to refuse the file as too large. */
  private static final int MAX_BYTES = 1024 * 1024;

  @Parameters(paramLabel = "FILE", description = "the cohorts file (CSV, UTF-8)")
  Path file;

  @Spec CommandSpec spec;

  /** Extra Spring arguments: the tests point the command at their own database with these. */
  private final String[] springArguments;

  ImportCohortsCommand() {
    this(new String[0]);
  }

  ImportCohortsCommand(String... springArguments) {
    this.springArguments = springArguments.clone();
  }

  @Override
  public Integer call() throws IOException {
    CommandInput.readableFile(file);
    if (Files.size(file) > MAX_BYTES) {
      throw new CommandProblem(
          "Cannot import " + file + ": larger than 1 MB; split it into smaller files");
    }
    byte[] bytes = Files.readAllBytes(file);
    try (ConfigurableApplicationContext app = CommandContext.start(springArguments)) {
      CohortImports.Report report =
          app.getBean(CohortImports.class)
              .importFile(
                  file.getFileName().toString(), bytes, System.getProperty("user.name", "unknown"));
      PrintWriter out =
          report.imported() ? spec.commandLine().getOut() : spec.commandLine().getErr();
      report.lines().forEach(out::println);
      out.flush();
      return report.imported() ? 0 : 1;
    }
  }
}
