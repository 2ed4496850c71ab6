package org.alliance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.alliance.needs.IndicatorImports;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import-indicators",
    mixinStandardHelpOptions = true,
    description = {
      "Import area-level indicators from the public health profiles' CSV export (Indicator ID,",
      "Indicator Name, Area Code, Area Name, Area Type, Sex, Age, Time period, Value, the 95% and",
      "99.8% limits, Count, Denominator, Value note), or population estimates (ONS's mid-year",
      "estimates time series: ladcode, laname, sex, age, population_YYYY; or one a row: area_code,",
      "year, sex, age, people), all or nothing. A value already held for the same indicator (or",
      "population), area, sex, age and period is replaced; other periods stay; importing the same",
      "file again changes nothing. Every mistake is listed with its line.",
      "Uses the same database as run (DATABASE_URL, or the embedded one under ALLIANCE_DATA_DIR)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:imported", "1:refused (every problem is listed; nothing was written)"})
class ImportIndicatorsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "the profiles' CSV export (UTF-8)")
  Path file;

  @Spec CommandSpec spec;

  /** Extra Spring arguments: the tests point the command at their own database with these. */
  private final String[] springArguments;

  ImportIndicatorsCommand() {
    this(new String[0]);
  }

  ImportIndicatorsCommand(String... springArguments) {
    this.springArguments = springArguments.clone();
  }

  @Override
  public Integer call() throws IOException {
    CommandInput.readableFile(file);
    try (ConfigurableApplicationContext app = CommandContext.start(springArguments);
        java.io.BufferedReader in =
            new java.io.BufferedReader(
                new java.io.InputStreamReader(
                    Files.newInputStream(file),
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16)) {
      IndicatorImports.Report report;
      try {
        report =
            app.getBean(IndicatorImports.class)
                .importFile(
                    file.getFileName().toString(),
                    in,
                    "the import-indicators command, run by "
                        + System.getProperty("user.name", "unknown"));
      } catch (CharacterCodingException notUtf8) {
        throw new CommandProblem(
            "Cannot import " + file + ": it is not UTF-8 text (save it as CSV UTF-8)");
      }
      PrintWriter out =
          report.imported() ? spec.commandLine().getOut() : spec.commandLine().getErr();
      report.lines().forEach(out::println);
      out.flush();
      return report.imported() ? 0 : 1;
    }
  }
}
