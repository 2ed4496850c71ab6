package org.alliance.directory.coverage;

import java.util.List;

/**
 * Age bands for coverage, split where services and commissioning change hands: childhood, the
 * teenage years of young people's services, the 18-24 transition years, adults, and older adults.
 */
record AgeBand(String label, int from, int to) {

  static final List<AgeBand> ALL =
      List.of(
          new AgeBand("0 to 12", 0, 12),
          new AgeBand("13 to 17", 13, 17),
          new AgeBand("18 to 24", 18, 24),
          new AgeBand("25 to 64", 25, 64),
          new AgeBand("65 and over", 65, 150));

  static AgeBand byLabel(String label) {
    return ALL.stream().filter(band -> band.label.equals(label)).findFirst().orElse(null);
  }
}
