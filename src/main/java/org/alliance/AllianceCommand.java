package org.alliance;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code alliance} command: the entry point behind the {@code ./alliance} script. */
@Command(
    name = "alliance",
    mixinStandardHelpOptions = true,
    version = "Alliance 0.1.0",
    description = "One shared platform for an alliance of drug and alcohol services.",
    subcommands = {
      RunCommand.class,
      ImportDirectoryCommand.class,
      ExportDirectoryCommand.class,
      ImportPostcodesCommand.class,
      RetentionReviewCommand.class,
      ExportPersonCommand.class,
      ImportMeasureCommand.class,
      ImportCohortsCommand.class,
      ImportIndicatorsCommand.class,
      SearchQualityCommand.class,
      FeedsCommand.class,
      ExportNdtmsCommand.class,
      ExportOcdsCommand.class,
      ImportOcdsCommand.class,
      BenchDirectoryCommand.class,
      BenchSupportCommand.class,
      BenchCommissioningCommand.class,
      BenchOutcomesCommand.class,
      BenchFeedsCommand.class,
      BenchNeedsCommand.class,
      TestCommand.class
    },
    footer = {
      "",
      "Environment: PORT, ALLIANCE_DATA_DIR, DATABASE_URL, ALLIANCE_DEMO (see README.md)."
    })
public class AllianceCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The command line as the jar's main method runs it: every failure ends as CommandErrors says.
   */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  static CommandLine commandLine(CommandLine.IFactory factory) {
    CommandErrors errors = new CommandErrors();
    return new CommandLine(new AllianceCommand(), factory)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
  }

  /** Whether the process must stay alive after the command returns (the web server runs on). */
  public static boolean keepsRunning(String[] args) {
    return args.length > 0 && "run".equals(args[0]);
  }
}
