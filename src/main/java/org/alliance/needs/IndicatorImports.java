package org.alliance.needs;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.alliance.needs.data.ProfilesImport;
import org.springframework.stereotype.Component;

/**
 * Importing the public health profiles' CSV export for the operator's {@code import-indicators}
 * command: all or nothing, with a report by row, audited with the operating-system user named.
 */
@Component
public class IndicatorImports {

  private final ProfilesImport profiles;

  IndicatorImports(ProfilesImport profiles) {
    this.profiles = profiles;
  }

  /** What an import did, in lines for a terminal or a page. */
  public record Report(boolean imported, List<String> lines) {}

  public Report importProfiles(String fileName, Reader in, String operator) throws IOException {
    ProfilesImport.Outcome outcome = profiles.importFile(fileName, in, "command: " + operator);
    return new Report(outcome.imported(), outcome.lines());
  }
}
