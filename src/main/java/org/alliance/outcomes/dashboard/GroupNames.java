package org.alliance.outcomes.dashboard;

import java.util.Locale;
import org.alliance.outcomes.indicator.Breakdown;
import org.alliance.outcomes.indicator.Figures.Line;

/** A group's name as people read it: a member's name, or a code such as {@code 18-24} in words. */
final class GroupNames {

  private GroupNames() {}

  static String of(Breakdown by, Line line) {
    // Indicators names every group (members, the code lists' labels, age bands in words).
    if (line.groupName() != null) {
      return line.groupName();
    }
    return words(line.group());
  }

  /** {@code 18-24} as "18 to 24", {@code 65-and-over} as "65 and over", {@code not-recorded}... */
  static String words(String code) {
    if (code == null || code.isBlank()) {
      return "Everyone";
    }
    String text = code.replaceAll("^(\\d+)-(\\d+)$", "$1 to $2").replace('-', ' ');
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
