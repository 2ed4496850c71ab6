package org.alliance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.alliance.support.MeasureImports;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import-measure",
    mixinStandardHelpOptions = true,
    description = {
      "Import an outcome measure's definition (a JSON file; see docs/measures.md), all or nothing.",
      "A definition already imported changes nothing; a changed one with a new version becomes",
      "the measure's next version. Prints what was done, or every problem with its JSON pointer;",
      "exits 1 if the file was refused (nothing is written then)."
    })
class ImportMeasureCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "the measure definition file (JSON)")
  Path file;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CommandInput.readableFile(file);
    if (Files.size(file) > 1024 * 1024) {
      throw new CommandProblem(
          "Cannot import " + file + ": larger than 1 MB; a measure definition is a few kilobytes");
    }
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    // The file's own mistakes are found before the database starts, so they are quick to fix.
    List<String> problems = MeasureImports.problems(name, bytes);
    if (problems.size() == 1 && problems.get(0).startsWith(name + " (the whole file): ")) {
      // Not JSON at all, or not one object: one line says it.
      throw new CommandProblem(
          "Cannot import "
              + file
              + ": "
              + problems.get(0).substring((name + " (the whole file): ").length()));
    }
    if (!problems.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "Refused: "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + " in "
              + name
              + ", nothing was imported");
      problems.forEach(err::println);
      err.flush();
      return 1;
    }
    try (ConfigurableApplicationContext app = CommandContext.start()) {
      MeasureImports.Report report =
          app.getBean(MeasureImports.class)
              .importFile(name, bytes, System.getProperty("user.name", "unknown"));
      PrintWriter out =
          report.imported() ? spec.commandLine().getOut() : spec.commandLine().getErr();
      report.lines().forEach(out::println);
      out.flush();
      return report.imported() ? 0 : 1;
    }
  }
}
