package org.alliance.commissioning.risk;

import java.util.List;
import java.util.Optional;

/**
 * How a risk is scored, in one place: likelihood and impact from 1 to 5 with their words, the
 * rating as their product, and its band. The bands are the ones the register page states: 1 to 4
 * low, 5 to 12 medium, 15 to 25 high (no product of two scores from 1 to 5 falls between 12 and
 * 15).
 */
public final class RiskRating {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;
  static final int MEDIUM_FROM = 5;
  static final int HIGH_FROM = 15;

  private static final List<String> LIKELIHOOD =
      List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
  private static final List<String> IMPACT =
      List.of("Negligible", "Minor", "Moderate", "Major", "Severe");

  private RiskRating() {}

  /** A band, with the word the register shows and the value kept in the database and filters. */
  public enum Band {
    LOW("low", "Low"),
    MEDIUM("medium", "Medium"),
    HIGH("high", "High");

    private final String code;
    private final String label;

    Band(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }

    public static Optional<Band> fromCode(String code) {
      for (Band band : values()) {
        if (band.code.equals(code)) {
          return Optional.of(band);
        }
      }
      return Optional.empty();
    }
  }

  public static boolean isScore(int value) {
    return value >= LOWEST && value <= HIGHEST;
  }

  /** Likelihood times impact; both must be scores from 1 to 5. */
  public static int rating(int likelihood, int impact) {
    if (!isScore(likelihood) || !isScore(impact)) {
      throw new IllegalArgumentException("Likelihood and impact are scored from 1 to 5");
    }
    return likelihood * impact;
  }

  /** The band of a rating from 1 to 25. */
  public static Band band(int rating) {
    if (rating < 1 || rating > HIGHEST * HIGHEST) {
      throw new IllegalArgumentException("A rating is from 1 to 25");
    }
    if (rating >= HIGH_FROM) {
      return Band.HIGH;
    }
    return rating >= MEDIUM_FROM ? Band.MEDIUM : Band.LOW;
  }

  public static Band band(int likelihood, int impact) {
    return band(rating(likelihood, impact));
  }

  public static String likelihoodWord(int score) {
    return LIKELIHOOD.get(checked(score) - 1);
  }

  public static String impactWord(int score) {
    return IMPACT.get(checked(score) - 1);
  }

  /** The bands as the register page states them. */
  public static String bandsStated() {
    return "Rating = likelihood × impact. Low: 1 to 4. Medium: 5 to 12. High: 15 to 25.";
  }

  private static int checked(int score) {
    if (!isScore(score)) {
      throw new IllegalArgumentException("A score is from 1 to 5");
    }
    return score;
  }
}
