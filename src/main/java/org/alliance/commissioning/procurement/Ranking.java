package org.alliance.commissioning.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stage's ranking from moderated scores only. A bidder's total is the sum over the stage's scored
 * questions of score ÷ scale × weight, in exact decimals: weights have two decimal places and the
 * scales are 5 and 100, so every division ends and no rounding is ever needed (a total has at most
 * four decimal places, and is shown in full). Bidders with equal totals share a rank ("1, 1, 3"). A
 * bidder who failed a moderated pass/fail question in any stage is out, with the question and the
 * moderation's reason, and is not ranked. A bidder whose scored questions are not all moderated yet
 * waits.
 */
final class Ranking {

  private Ranking() {}

  record Question(UUID id, String heading, String kind, Integer scaleMax, BigDecimal weight) {
    boolean scored() {
      return "scored".equals(kind);
    }
  }

  record Bidder(UUID id, String name) {}

  record Moderated(Integer score, Boolean passed, String reason) {}

  /** Why a bidder is out: the pass/fail question it failed (and its stage) and the reason. */
  record Exclusion(UUID bidderId, String bidder, String stage, String question, String reason) {}

  /**
   * @param rank the bidder's place, shared with any bidder of equal total; null when not ranked
   * @param tied whether another bidder has the same total
   * @param total the exact weighted total out of 100, when every scored question is moderated
   * @param moderated how many of the stage's scored questions are moderated for the bidder
   */
  record Place(
      UUID bidderId,
      String bidder,
      Integer rank,
      boolean tied,
      BigDecimal total,
      int moderated,
      int scoredQuestions,
      Exclusion exclusion) {

    public boolean excluded() {
      return exclusion != null;
    }

    public boolean waiting() {
      return exclusion == null && total == null;
    }

    public String rankText() {
      return rank == null ? "" : (tied ? "=" : "") + rank;
    }

    public String totalText() {
      return total == null ? "" : Ranking.show(total);
    }
  }

  /** An exact decimal shown in full, with at least two decimal places. */
  static String show(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return plain.setScale(Math.max(2, plain.scale())).toPlainString();
  }

  /** The weighted score one question contributes: score ÷ scale × weight, exact. */
  static BigDecimal weighted(int score, int scaleMax, BigDecimal weight) {
    // score × weight ÷ scale: dividing by 5 or 100 always ends, so divide() without a context is
    // exact and would throw rather than round if a scale ever made it recur.
    return weight.multiply(BigDecimal.valueOf(score)).divide(BigDecimal.valueOf(scaleMax));
  }

  static List<Place> rank(
      List<Question> stageQuestions,
      List<Bidder> bidders,
      Map<String, Moderated> moderated,
      Map<UUID, Exclusion> exclusions) {
    List<Question> scored = stageQuestions.stream().filter(Question::scored).toList();
    List<Place> places = new ArrayList<>();
    for (Bidder bidder : bidders) {
      Exclusion out = exclusions.get(bidder.id());
      int done = 0;
      BigDecimal total = BigDecimal.ZERO;
      for (Question question : scored) {
        Moderated m = moderated.get(key(question.id(), bidder.id()));
        if (m != null && m.score() != null) {
          done++;
          total = total.add(weighted(m.score(), question.scaleMax(), question.weight()));
        }
      }
      boolean complete = !scored.isEmpty() && done == scored.size();
      places.add(
          new Place(
              bidder.id(),
              bidder.name(),
              null,
              false,
              out == null && complete ? total : null,
              done,
              scored.size(),
              out));
    }
    List<Place> ranked =
        places.stream()
            .filter(p -> p.total() != null)
            .sorted(
                Comparator.comparing(Place::total, Comparator.reverseOrder())
                    .thenComparing(Place::bidder))
            .toList();
    List<Place> result = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Place p = ranked.get(i);
      int rank = i + 1;
      for (int j = 0; j < i; j++) {
        if (ranked.get(j).total().compareTo(p.total()) == 0) {
          rank = j + 1;
          break;
        }
      }
      final BigDecimal total = p.total();
      boolean tied = ranked.stream().filter(o -> o.total().compareTo(total) == 0).count() > 1;
      result.add(
          new Place(
              p.bidderId(),
              p.bidder(),
              rank,
              tied,
              total,
              p.moderated(),
              p.scoredQuestions(),
              null));
    }
    places.stream().filter(p -> p.total() == null && !p.excluded()).forEach(result::add);
    places.stream().filter(Place::excluded).forEach(result::add);
    return result;
  }

  static String key(UUID question, UUID bidder) {
    return question + "/" + bidder;
  }
}
