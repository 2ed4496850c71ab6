package org.alliance.support.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the measures Alliance ships (TOP and YPOR, public-sector forms under the Open Government
 * Licence) at every start, through the same importer as an administrator's upload: the first start
 * imports them, later starts find them unchanged, and a release that changes one with a new version
 * label adds that version.
 */
@Component
@Order(25)
class ShippedMeasures implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ShippedMeasures.class);

  static final List<String> FILES = List.of("measures/top.json", "measures/ypor.json");

  private final MeasureLibrary library;

  ShippedMeasures(MeasureLibrary library) {
    this.library = library;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String file : FILES) {
      load(library, file, "shipped with Alliance");
    }
  }

  static void load(MeasureLibrary library, String resource, String by) {
    ImportOutcome outcome =
        library.importFile(resource, read(resource), new MeasureLibrary.Importer(null, by));
    if (outcome.refused()) {
      // A start must not fail over it: the measure's earlier versions keep working.
      log.warn("{} was not loaded: {}", resource, outcome.lines(resource));
    } else if (outcome.result() == ImportOutcome.Result.IMPORTED) {
      log.info("{}", outcome.lines(resource).get(0));
    }
  }

  static byte[] read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
