package org.alliance.outcomes;

import java.util.List;
import org.alliance.outcomes.cohort.CohortWriter;
import org.alliance.outcomes.cohort.Cohorts;
import org.springframework.stereotype.Component;

/**
 * Importing a file of cohorts for the operator's {@code import-cohorts} command: the same
 * all-or-nothing importer as the cohorts page, audited as the system with the operating-system user
 * named.
 */
@Component
public class CohortImports {

  private final Cohorts cohorts;

  CohortImports(Cohorts cohorts) {
    this.cohorts = cohorts;
  }

  /** Imports it; the report's lines, and whether it was imported (false: nothing was written). */
  public Report importFile(String file, byte[] bytes, String operator) {
    Cohorts.ImportReport report = cohorts.importFile(file, bytes, CohortWriter.command(operator));
    return new Report(report.imported(), report.lines());
  }

  public record Report(boolean imported, List<String> lines) {}
}
