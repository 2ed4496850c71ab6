package org.alliance.outcomes.indicator;

/** Age bands as people read them: {@code 18-24} is "18 to 24". */
final class AgeBand {

  private AgeBand() {}

  static String words(String band) {
    return switch (band) {
      case "under-18" -> "Under 18";
      case "65-and-over" -> "65 and over";
      default -> band.matches("\\d+-\\d+") ? band.replace("-", " to ") : band;
    };
  }
}
