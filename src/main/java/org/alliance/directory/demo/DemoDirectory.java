package org.alliance.directory.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.alliance.database.DatabaseMode;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportReport;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, loads the Brackenshire directory (about sixty services, their taxonomies) into an
 * empty directory through the ordinary importer, then does what HSDS cannot say: hides the refuge's
 * address, and links each HSDS organisation to the Alliance organisation of the same name so that
 * its editors look after its entries. After the demo alliance (0) and postcodes (10), before the
 * search index is built (100).
 */
@Component
@Order(20)
class DemoDirectory implements ApplicationRunner {

  static final List<String> FILES =
      List.of("taxonomies.json", "taxonomy_terms.json", "services.json");

  private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

  private final DatabaseMode mode;
  private final DirectoryTransfer transfer;
  private final Organisations organisations;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoDirectory(
      DatabaseMode mode,
      DirectoryTransfer transfer,
      Organisations organisations,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.transfer = transfer;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!mode.demo()) {
      return;
    }
    Path folder = Files.createTempDirectory("alliance-demo-directory");
    try {
      // The importer reads an exported folder: hsds.json with its companions.
      copy("taxonomies.json", folder.resolve("taxonomies.json"));
      copy("taxonomy_terms.json", folder.resolve("taxonomy_terms.json"));
      copy("services.json", folder.resolve("hsds.json"));
      transaction.executeWithoutResult(
          status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-directory'))")
                .query(Object.class)
                .single();
            if (jdbc.sql("select exists (select 1 from directory.service)")
                .query(Boolean.class)
                .single()) {
              return;
            }
            ImportReport report = transfer.importFrom(folder);
            if (!report.imported()) {
              throw new IllegalStateException(
                  "The demo directory did not load:\n" + String.join("\n", report.lines()));
            }
            hideAddresses();
            linkOrganisations();
            log.info(
                "Loaded the demo directory: {}", report.lines().get(report.lines().size() - 1));
          });
    } finally {
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(folder);
    }
  }

  private void hideAddresses() {
    String text;
    try (InputStream in =
        new ClassPathResource("demo/directory/hidden-locations.txt").getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Arrays.stream(text.split("\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> line.split("\\s+")[0])
        .forEach(
            id ->
                jdbc.sql("update directory.location set address_hidden = true where id = :id")
                    .param("id", id)
                    .update());
  }

  private void linkOrganisations() {
    for (Organisation organisation : organisations.all()) {
      jdbc.sql(
              "update directory.organization set alliance_organisation_id = :alliance where lower(name) = lower(:name)")
          .param("alliance", organisation.id())
          .param("name", organisation.name())
          .update();
    }
  }

  private static void copy(String resource, Path to) {
    try (InputStream in = new ClassPathResource("demo/directory/" + resource).getInputStream()) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
