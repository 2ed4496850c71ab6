package org.alliance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.alliance.support.NationalReturns;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export-ndtms",
    mixinStandardHelpOptions = true,
    description = {
      "Write the monthly NDTMS extract (CSV) of one member, or of every member with an agency",
      "code, and report on stderr every row that would be rejected and why. Identifiers are sent",
      "only for people who consented to NDTMS. Exit code 0, or with --strict 3 when any row would",
      "be rejected. Audited."
    })
class ExportNdtmsCommand implements Callable<Integer> {

  /** Exit code when --strict is given and some rows would be rejected. */
  static final int REJECTED_ROWS = 3;

  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      required = true,
      description = "the month to return, like 2026-05")
  String month;

  @Option(
      names = "--member",
      paramLabel = "ORG",
      description = "the member's id or name; without it, every member with an agency code")
  String member;

  @Option(
      names = "--to",
      paramLabel = "FILE",
      description = "the file to write (replaced if it exists); without it, standard output")
  Path to;

  @Option(names = "--strict", description = "exit with 3 if any row would be rejected")
  boolean strict;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    YearMonth returned = month(month);
    if (to != null) {
      writableFile(to);
    }
    try (ConfigurableApplicationContext app = CommandContext.start()) {
      NationalReturns returns = app.getBean(NationalReturns.class);
      List<UUID> members =
          member == null
              ? returns.reportingMembers()
              : List.of(memberCalled(app.getBean(Organisations.class), member));
      PrintWriter err = spec.commandLine().getErr();
      NationalReturns.Result result;
      try (Writer csv = open()) {
        result =
            returns.export(members, returned, csv, err, System.getProperty("user.name", "unknown"));
      }
      err.println(
          "NDTMS return for "
              + returned
              + ": "
              + result.rows()
              + " rows"
              + (to == null ? "" : " written to " + to.toAbsolutePath().normalize())
              + ", "
              + result.rejected()
              + " of them would be rejected"
              + (members.isEmpty() ? " (no member has an agency code)" : ""));
      err.flush();
      return strict && result.rejected() > 0 ? REJECTED_ROWS : 0;
    }
  }

  private Writer open() throws IOException {
    if (to == null) {
      // Not closed with the extract: standard output belongs to the process.
      return new BufferedWriter(
          new OutputStreamWriter(System.out, StandardCharsets.UTF_8) {
            @Override
            public void close() throws IOException {
              flush();
            }
          });
    }
    return Files.newBufferedWriter(to, StandardCharsets.UTF_8);
  }

  static YearMonth month(String text) {
    if (text == null || !MONTH.matcher(text).matches()) {
      throw new CommandProblem(
          "Not a month: " + excerpt(text) + " (expected YYYY-MM, like 2026-05)");
    }
    int m = Integer.parseInt(text.substring(5));
    if (m < 1 || m > 12) {
      throw new CommandProblem("Not a month: " + text + " (months run from 01 to 12)");
    }
    YearMonth parsed = YearMonth.of(Integer.parseInt(text.substring(0, 4)), m);
    if (parsed.isAfter(YearMonth.from(LocalDate.now(ZoneId.of("Europe/London"))))) {
      throw new CommandProblem("The month " + text + " has not started yet");
    }
    return parsed;
  }

  static void writableFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new CommandProblem("Cannot write to " + file + ": it is a folder, not a file");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new CommandProblem("Cannot write to " + file + ": no such folder " + parent);
    }
    if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(parent)) {
      throw new CommandProblem("Cannot write to " + file + ": permission denied");
    }
  }

  private static UUID memberCalled(Organisations organisations, String nameOrId) {
    String wanted = nameOrId.strip().toLowerCase(Locale.ROOT);
    return organisations.all().stream()
        .filter(o -> o.relationship() == Relationship.MEMBER)
        .filter(
            o ->
                o.id().toString().equals(wanted)
                    || o.name().toLowerCase(Locale.ROOT).equals(wanted))
        .map(Organisation::id)
        .findFirst()
        .orElseThrow(
            () ->
                new CommandProblem(
                    "No member of the alliance has the name or id " + excerpt(nameOrId)));
  }

  private static String excerpt(String value) {
    if (value == null) {
      return "(nothing)";
    }
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
  }
}
