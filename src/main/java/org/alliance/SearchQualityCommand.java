package org.alliance;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.alliance.directory.SearchQuality;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "search-quality",
    mixinStandardHelpOptions = true,
    description = {
      "Run a judged set of searches, as people type them, against the directory and report the",
      "share whose expected service comes in the top three: as typed (the search before it read",
      "people's words) and as read (vocabulary and spelling). The default set is the one kept with",
      "the code for the demo directory (src/main/resources/directory/judged-searches.csv).",
      "Uses the same database as run (DATABASE_URL, or the embedded one under ALLIANCE_DATA_DIR)."
    })
class SearchQualityCommand implements Callable<Integer> {

  /** Far more than any judged set needs; a larger file is a mistake. */
  private static final long MAX_BYTES = 4L * 1024 * 1024;

  @Option(
      names = "--judged",
      paramLabel = "FILE",
      description = "a judged set of your own: CSV with columns search,expected (names split by |)")
  Path judged;

  @Spec CommandSpec spec;

  /** Extra Spring arguments: the tests point the command at their own database with these. */
  private final String[] springArguments;

  SearchQualityCommand() {
    this(new String[0]);
  }

  SearchQualityCommand(String... springArguments) {
    this.springArguments = springArguments.clone();
  }

  @Override
  public Integer call() throws IOException {
    List<SearchQuality.Judged> set = judgedSet();
    try (ConfigurableApplicationContext app = CommandContext.start(springArguments)) {
      SearchQuality quality = app.getBean(SearchQuality.class);
      int services = quality.indexDirectory();
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%d judged searches against %,d services%n%n", set.size(), services);
      quality.measure(set).lines().forEach(out::println);
      out.flush();
      return 0;
    }
  }

  private List<SearchQuality.Judged> judgedSet() throws IOException {
    if (judged == null) {
      return SearchQuality.demoSet();
    }
    CommandInput.readableFile(judged);
    if (Files.size(judged) > MAX_BYTES) {
      throw new CommandProblem("Cannot read " + judged + ": larger than 4 MB");
    }
    try (Reader reader = Files.newBufferedReader(judged, StandardCharsets.UTF_8)) {
      return SearchQuality.read(reader);
    } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
      throw new CommandProblem("Cannot read " + judged + ": " + e.getMessage());
    }
  }
}
