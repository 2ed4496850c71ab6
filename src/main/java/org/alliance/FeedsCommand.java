package org.alliance;

import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.alliance.directory.feeds.Feed;
import org.alliance.directory.feeds.FeedPull;
import org.alliance.directory.feeds.Feeds;
import org.alliance.directory.feeds.PullSummary;
import org.alliance.directory.feeds.RepairLine;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "feeds",
    mixinStandardHelpOptions = true,
    description = {
      "Other publishers' Open Referral feeds: register one, list them, pull them now.",
      "Uses the same database as run (DATABASE_URL, or the embedded one under ALLIANCE_DATA_DIR)."
    },
    subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Pull.class})
class FeedsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** What every subcommand shares: the extra Spring arguments the tests point at their database. */
  abstract static class Base {
    final String[] springArguments;

    Base(String... springArguments) {
      this.springArguments = springArguments.clone();
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Register a feed: its web address (the services list), pulled on a schedule.")
  static class Add extends Base implements Callable<Integer> {

    Add() {
      super();
    }

    Add(String... springArguments) {
      super(springArguments);
    }

    @Parameters(paramLabel = "URL", description = "the feed's services list, https://...")
    String url;

    @Option(
        names = "--format",
        defaultValue = "oruk3",
        description = "oruk3 (Open Referral UK 3.0, the default) or oruk1 (the older v1 shape)")
    String format;

    @Option(names = "--name", description = "what to call it (default: its host name)")
    String name;

    @Option(
        names = "--every-hours",
        defaultValue = "24",
        description = "how often to pull it, in hours (default 24)")
    String everyHours;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext app = CommandContext.start(springArguments)) {
        Feeds.Added added =
            app.getBean(Feeds.class)
                .addFromCommand(
                    new Feeds.Draft(url, format, name, everyHours),
                    System.getProperty("user.name", "unknown"));
        if (!added.problems().isEmpty()) {
          PrintWriter err = spec.commandLine().getErr();
          added.problems().forEach((field, problem) -> err.println(field + ": " + problem));
          err.flush();
          return CommandErrors.REFUSED;
        }
        Feed feed = added.feed();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            "Registered %s (%s), %s, pulled every %d hours: id %s%n",
            feed.name(), feed.url(), feed.format().label(), feed.everyHours(), feed.id());
        out.flush();
        return 0;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds.")
  static class ListFeeds extends Base implements Callable<Integer> {

    ListFeeds() {
      super();
    }

    ListFeeds(String... springArguments) {
      super(springArguments);
    }

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (ConfigurableApplicationContext app = CommandContext.start(springArguments)) {
        List<Feed> feeds = app.getBean(Feeds.class).all();
        PrintWriter out = spec.commandLine().getOut();
        if (feeds.isEmpty()) {
          out.println("No feeds registered. Add one with: ./alliance feeds add URL");
        }
        for (Feed feed : feeds) {
          out.printf(
              "%s  %s  %s  every %dh  last pull: %s%n",
              feed.id(),
              feed.name(),
              feed.url(),
              feed.everyHours(),
              feed.lastPull() == null ? "never" : feed.lastPull().line());
        }
        out.flush();
        return 0;
      }
    }
  }

  @Command(
      name = "pull",
      mixinStandardHelpOptions = true,
      description = "Pull every feed now (or the one named by its id), printing what each did.")
  static class Pull extends Base implements Callable<Integer> {

    Pull() {
      super();
    }

    Pull(String... springArguments) {
      super(springArguments);
    }

    @Parameters(
        arity = "0..1",
        paramLabel = "FEED-ID",
        description = "the feed's id, as feeds list shows it")
    String feedId;

    @Option(names = "--report", description = "print every record's repairs and skips")
    boolean report;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      UUID only = null;
      if (feedId != null) {
        try {
          only = UUID.fromString(feedId.strip());
        } catch (IllegalArgumentException e) {
          throw new CommandProblem("No feed has the id " + feedId + "; see ./alliance feeds list");
        }
      }
      try (ConfigurableApplicationContext app = CommandContext.start(springArguments)) {
        Feeds feeds = app.getBean(Feeds.class);
        FeedPull pull = app.getBean(FeedPull.class);
        List<Feed> chosen = only == null ? feeds.all() : feeds.find(only).stream().toList();
        if (chosen.isEmpty()) {
          throw new CommandProblem(
              only == null
                  ? "No feeds registered. Add one with: ./alliance feeds add URL"
                  : "No feed has the id " + feedId + "; see ./alliance feeds list");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = false;
        for (Feed feed : chosen) {
          PullSummary done = pull.pull(feed.id());
          out.printf("%s: %s%n", feed.name(), done.line());
          failed |= "failed".equals(done.outcome());
          if (report && done.id() != null) {
            for (RepairLine line : feeds.report(done.id(), 100_000)) {
              out.printf(
                  "  %s %s: %s%n",
                  line.skipped() ? "skipped" : "repaired",
                  line.sourceId() == null ? "(no id)" : line.sourceId(),
                  line.what());
            }
          }
        }
        out.flush();
        return failed ? CommandErrors.REFUSED : 0;
      }
    }
  }
}
