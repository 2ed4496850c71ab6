package org.alliance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.alliance.commissioning.OpenContracting;
import org.alliance.commissioning.OpenContracting.Audience;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "export-ocds",
    mixinStandardHelpOptions = true,
    description = {
      "Write the contract register as an OCDS 1.1.5 release package (JSON), one release per",
      "contract, streamed. --view public (the default) writes what the public sees",
      "(alliance.commissioning.ocds.publish-to-public); --view councils adds each council's",
      "share, the funding sources, documents and bidders. The file is replaced only once it is",
      "complete. Exits 1 if PATH cannot be written, 2 for bad options."
    })
class ExportOcdsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", description = "the file to write (replaced if it exists)")
  Path path;

  @Option(
      names = "--view",
      paramLabel = "VIEW",
      defaultValue = "public",
      description = "public or councils (default public)")
  String view;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Audience audience =
        switch (view) {
          case "public" -> Audience.PUBLIC;
          case "councils" -> Audience.COUNCILS;
          default ->
              throw new ParameterException(
                  spec.commandLine(), "--view is public or councils, not " + printable(view));
        };
    ExportNdtmsCommand.writableFile(path);
    Path target = path.toAbsolutePath().normalize();
    Path partial = Files.createTempFile(target.getParent(), ".export-ocds-", ".part");
    try (ConfigurableApplicationContext app = CommandContext.start()) {
      try (OutputStream out = Files.newOutputStream(partial)) {
        app.getBean(OpenContracting.class).exportPackage(out, audience);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "Exported the contract register ("
              + view
              + " view) as an OCDS release package to "
              + target);
      out.flush();
      return 0;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  static String printable(String value) {
    String text = value == null ? "" : value.replaceAll("\\p{Cntrl}", "?");
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
