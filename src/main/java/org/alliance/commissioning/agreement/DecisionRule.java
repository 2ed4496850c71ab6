package org.alliance.commissioning.agreement;

import java.util.List;
import java.util.stream.Collectors;
import org.alliance.commissioning.agreement.Verdict.Result;

/**
 * The alliance's rule for its leadership team's decisions, in one place: the pages state it in
 * these words and every outcome is worked out here.
 *
 * <p>A key decision carries only when it is unanimous: every member of the leadership team (as it
 * stood when the decision was proposed) votes for it. One dissent blocks it; an abstention is not a
 * vote for, so it is not unanimous either; a vote not given when the decision is closed is the
 * same. Any other decision carries on a simple majority of the votes cast: more for than against,
 * abstentions not counted, a tie not carrying.
 */
final class DecisionRule {

  static final String KEY_RULE =
      "A key decision carries only when it is unanimous: every member of the leadership team votes"
          + " for it. One dissent blocks it, and an abstention means it is not unanimous, so it"
          + " does not carry either.";

  static final String MAJORITY_RULE =
      "Any other decision carries on a simple majority of the votes cast: more votes for than"
          + " against. Abstentions are not votes cast, and a tie does not carry.";

  private DecisionRule() {}

  /** The rule in words, for the kind of decision. */
  static String rule(boolean key) {
    return key ? KEY_RULE : MAJORITY_RULE;
  }

  /**
   * Where the decision stands with the votes as they are: carried, not carried, or awaiting votes
   * that could still decide it.
   */
  static Verdict verdict(boolean key, List<Ballot> ballots) {
    int awaiting = (int) ballots.stream().filter(b -> !b.voted()).count();
    if (ballots.isEmpty()) {
      return new Verdict(
          Result.NOT_CARRIED, 0, "Not carried: the leadership team had no members to vote");
    }
    if (key) {
      List<Ballot> dissent = with(ballots, Choice.AGAINST);
      List<Ballot> abstained = with(ballots, Choice.ABSTAIN);
      if (!dissent.isEmpty()) {
        String why =
            dissent.stream()
                .map(b -> b.who() + " dissented: " + b.reason())
                .collect(Collectors.joining("; "));
        return new Verdict(
            Result.NOT_CARRIED, awaiting, "Not carried: " + why + abstentions(abstained, "; "));
      }
      if (!abstained.isEmpty()) {
        return new Verdict(
            Result.NOT_CARRIED,
            awaiting,
            "Not carried: not unanimous" + abstentions(abstained, ": "));
      }
      if (awaiting > 0) {
        return new Verdict(Result.AWAITING, awaiting, awaitingText(awaiting));
      }
      return new Verdict(
          Result.CARRIED,
          0,
          "Carried: unanimous, all "
              + ballots.size()
              + " members of the leadership team voted for");
    }
    if (awaiting > 0) {
      return new Verdict(Result.AWAITING, awaiting, awaitingText(awaiting));
    }
    return majority(ballots);
  }

  /**
   * The outcome fixed when the alliance manager closes the decision: votes not given then are not
   * given, so a key decision missing any is not unanimous, and a majority counts the votes cast.
   */
  static Verdict atClose(boolean key, List<Ballot> ballots) {
    Verdict now = verdict(key, ballots);
    if (now.result() != Result.AWAITING) {
      return now;
    }
    if (key) {
      String missing = ballots.stream().filter(b -> !b.voted()).map(Ballot::who).collect(joining());
      return new Verdict(
          Result.NOT_CARRIED,
          now.awaiting(),
          "Not carried: not unanimous: " + missing + " did not vote");
    }
    return majority(ballots);
  }

  private static Verdict majority(List<Ballot> ballots) {
    int inFavour = with(ballots, Choice.FOR).size();
    int against = with(ballots, Choice.AGAINST).size();
    int abstained = with(ballots, Choice.ABSTAIN).size();
    int missing = (int) ballots.stream().filter(b -> !b.voted()).count();
    String count =
        inFavour
            + " for, "
            + against
            + " against, "
            + abstained
            + " abstained"
            + (missing == 0 ? "" : ", " + missing + " did not vote");
    if (inFavour > against) {
      return new Verdict(
          Result.CARRIED, missing, "Carried by a simple majority of the votes cast: " + count);
    }
    return new Verdict(
        Result.NOT_CARRIED,
        missing,
        "Not carried: "
            + (inFavour + against == 0 ? "no votes were cast" : "no majority of the votes cast")
            + ": "
            + count
            + dissentReasons(with(ballots, Choice.AGAINST)));
  }

  private static String dissentReasons(List<Ballot> dissent) {
    return dissent.isEmpty()
        ? ""
        : ". "
            + dissent.stream()
                .map(b -> b.who() + " dissented: " + b.reason())
                .collect(Collectors.joining("; "));
  }

  private static String abstentions(List<Ballot> abstained, String before) {
    if (abstained.isEmpty()) {
      return "";
    }
    return before
        + abstained.stream()
            .map(b -> b.who() + " abstained" + (b.reason() == null ? "" : ": " + b.reason()))
            .collect(Collectors.joining("; "));
  }

  private static String awaitingText(int awaiting) {
    return "Awaiting " + awaiting + (awaiting == 1 ? " vote" : " votes");
  }

  private static List<Ballot> with(List<Ballot> ballots, Choice choice) {
    return ballots.stream().filter(b -> b.choice() == choice).toList();
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }
}
