package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import picocli.CommandLine;

/**
 * The command line lists its commands with and without --help, and refuses what it does not know.
 */
class AllianceCommandTests {

  @Test
  void helpListsEveryCommand() {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new AllianceCommand()).setOut(new PrintWriter(out));
    assertThat(command.execute("--help")).isZero();
    assertThat(out.toString()).contains("run", "import-postcodes", "test", "DATABASE_URL");
  }

  /** A command written but left out of the list cannot be run at all: it happened once. */
  @Test
  void everyCommandInTheJarIsOnTheList() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(CommandLine.Command.class));
    Set<String> written =
        scanner.findCandidateComponents("org.alliance").stream()
            .map(BeanDefinition::getBeanClassName)
            .filter(name -> !name.equals(AllianceCommand.class.getName()))
            .collect(Collectors.toSet());
    // Subcommands of subcommands too (feeds add, list, pull).
    Set<String> listed = new java.util.HashSet<>();
    java.util.Deque<CommandLine> toVisit =
        new java.util.ArrayDeque<>(
            new CommandLine(new AllianceCommand()).getSubcommands().values());
    while (!toVisit.isEmpty()) {
      CommandLine sub = toVisit.pop();
      listed.add(sub.getCommand().getClass().getName());
      toVisit.addAll(sub.getSubcommands().values());
    }
    listed.remove(CommandLine.HelpCommand.class.getName());
    assertThat(written).contains(ExportOcdsCommand.class.getName());
    assertThat(listed).containsExactlyInAnyOrderElementsOf(written);
  }

  @Test
  void noArgumentsShowsTheSameList() {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new AllianceCommand()).setOut(new PrintWriter(out));
    assertThat(command.execute()).isZero();
    assertThat(out.toString()).contains("Commands:", "run");
  }

  @Test
  void anUnknownCommandIsAnError() {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new AllianceCommand()).setErr(new PrintWriter(err));
    assertThat(command.execute("launch-rockets")).isEqualTo(2);
    assertThat(err.toString()).contains("Unmatched argument");
  }
}
