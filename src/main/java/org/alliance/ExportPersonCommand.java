package org.alliance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.alliance.support.SubjectAccessCopies;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "export-person",
    mixinStandardHelpOptions = true,
    description = {
      "Write a subject-access copy of one person's whole record, with its audit of reads and",
      "changes, into DIR as subject-access-ID.json and subject-access-ID.pdf. The copy holds case",
      "notes and every sensitive part: keep it as safe as the database. The export is audited."
    })
class ExportPersonCommand implements Callable<Integer> {

  private static final Pattern UUID_FORM =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Parameters(paramLabel = "ID", description = "the person's record id (a UUID)")
  String id;

  @Option(
      names = "--to",
      paramLabel = "DIR",
      required = true,
      description = "the folder to write the two files into (created if missing)")
  Path folder;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!UUID_FORM.matcher(id).matches()) {
      throw new CommandProblem("Not a record id: " + excerpt(id) + " (expected a UUID)");
    }
    UUID personId = UUID.fromString(id);
    CommandInput.writableFolder(folder);
    try (ConfigurableApplicationContext app = CommandContext.start()) {
      Optional<SubjectAccessCopies.Files> copy =
          app.getBean(SubjectAccessCopies.class)
              .forOperator(personId, System.getProperty("user.name", "unknown"));
      if (copy.isEmpty()) {
        throw new CommandProblem("No person with the id " + personId);
      }
      Files.createDirectories(folder);
      Path json = folder.resolve("subject-access-" + personId + ".json");
      Path pdf = folder.resolve("subject-access-" + personId + ".pdf");
      Files.write(json, copy.get().json());
      Files.write(pdf, copy.get().pdf());
      PrintWriter out = spec.commandLine().getOut();
      out.println("Wrote " + json.toAbsolutePath().normalize());
      out.println("Wrote " + pdf.toAbsolutePath().normalize());
      out.flush();
      return 0;
    }
  }

  private static String excerpt(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
  }
}
