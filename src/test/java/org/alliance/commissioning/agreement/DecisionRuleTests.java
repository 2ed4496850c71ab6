package org.alliance.commissioning.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliance.commissioning.agreement.Verdict.Result;
import org.junit.jupiter.api.Test;

/** The alliance's decision rule, on its own: unanimity for key decisions, a majority otherwise. */
class DecisionRuleTests {

  private static Ballot voted(String member, Choice choice, String reason) {
    return new Ballot("Zq " + member, member, choice, reason);
  }

  private static Ballot yes(String member) {
    return voted(member, Choice.FOR, null);
  }

  private static Ballot notYet(String member) {
    return new Ballot("Zq " + member, member, null, null);
  }

  @Test
  void aKeyDecisionEveryoneVotedForCarries() {
    Verdict verdict = DecisionRule.verdict(true, List.of(yes("A"), yes("B"), yes("C")));
    assertThat(verdict.result()).isEqualTo(Result.CARRIED);
    assertThat(verdict.reason())
        .isEqualTo("Carried: unanimous, all 3 members of the leadership team voted for");
    assertThat(DecisionRule.atClose(true, List.of(yes("A"), yes("B"))).carried()).isTrue();
  }

  @Test
  void oneDissentBlocksAKeyDecisionAndSaysWhoAndWhy() {
    List<Ballot> ballots =
        List.of(
            yes("A"),
            voted("Harbour Housing", Choice.AGAINST, "Residents lose their drop-in"),
            yes("C"));
    Verdict verdict = DecisionRule.verdict(true, ballots);
    assertThat(verdict.result()).isEqualTo(Result.NOT_CARRIED);
    assertThat(verdict.reason())
        .isEqualTo(
            "Not carried: Harbour Housing (Zq Harbour Housing) dissented: Residents lose their"
                + " drop-in");
    assertThat(DecisionRule.atClose(true, ballots).carried()).isFalse();
  }

  @Test
  void oneDissentBlocksEvenWhileOthersHaveNotVoted() {
    Verdict verdict =
        DecisionRule.verdict(
            true, List.of(voted("A", Choice.AGAINST, "Too soon"), notYet("B"), yes("C")));
    assertThat(verdict.result()).isEqualTo(Result.NOT_CARRIED);
    assertThat(verdict.awaiting()).isEqualTo(1);
  }

  @Test
  void anAbstentionMeansAKeyDecisionIsNotUnanimous() {
    Verdict verdict =
        DecisionRule.verdict(
            true,
            List.of(yes("A"), voted("Kitchen", Choice.ABSTAIN, "No budget of ours"), yes("C")));
    assertThat(verdict.result()).isEqualTo(Result.NOT_CARRIED);
    assertThat(verdict.reason())
        .isEqualTo("Not carried: not unanimous: Kitchen (Zq Kitchen) abstained: No budget of ours");
    assertThat(
            DecisionRule.verdict(true, List.of(yes("A"), voted("B", Choice.ABSTAIN, null)))
                .reason())
        .isEqualTo("Not carried: not unanimous: B (Zq B) abstained");
  }

  @Test
  void aMissingVoteLeavesAKeyDecisionOpenAndNotUnanimousWhenClosed() {
    List<Ballot> ballots = List.of(yes("A"), notYet("Open Road"), yes("C"));
    Verdict verdict = DecisionRule.verdict(true, ballots);
    assertThat(verdict.result()).isEqualTo(Result.AWAITING);
    assertThat(verdict.awaiting()).isEqualTo(1);
    assertThat(verdict.reason()).isEqualTo("Awaiting 1 vote");
    Verdict closed = DecisionRule.atClose(true, ballots);
    assertThat(closed.result()).isEqualTo(Result.NOT_CARRIED);
    assertThat(closed.reason())
        .isEqualTo("Not carried: not unanimous: Open Road (Zq Open Road) did not vote");
  }

  @Test
  void anyOtherDecisionCarriesOnASimpleMajorityOfTheVotesCast() {
    List<Ballot> ballots =
        List.of(
            yes("A"),
            yes("B"),
            voted("C", Choice.AGAINST, "No staff on Saturdays"),
            voted("D", Choice.ABSTAIN, null));
    Verdict verdict = DecisionRule.verdict(false, ballots);
    assertThat(verdict.result()).isEqualTo(Result.CARRIED);
    assertThat(verdict.reason())
        .isEqualTo("Carried by a simple majority of the votes cast: 2 for, 1 against, 1 abstained");
  }

  @Test
  void aTieOrNothingCastDoesNotCarry() {
    Verdict tie = DecisionRule.verdict(false, List.of(yes("A"), voted("B", Choice.AGAINST, "No")));
    assertThat(tie.result()).isEqualTo(Result.NOT_CARRIED);
    assertThat(tie.reason())
        .startsWith("Not carried: no majority of the votes cast: 1 for, 1 against");
    Verdict abstained =
        DecisionRule.verdict(
            false, List.of(voted("A", Choice.ABSTAIN, null), voted("B", Choice.ABSTAIN, null)));
    assertThat(abstained.result()).isEqualTo(Result.NOT_CARRIED);
    assertThat(abstained.reason()).startsWith("Not carried: no votes were cast");
  }

  @Test
  void aMajorityDecisionAwaitsVotesUntilClosedThenCountsThoseCast() {
    List<Ballot> ballots = List.of(yes("A"), yes("B"), notYet("C"));
    assertThat(DecisionRule.verdict(false, ballots).result()).isEqualTo(Result.AWAITING);
    Verdict closed = DecisionRule.atClose(false, ballots);
    assertThat(closed.carried()).isTrue();
    assertThat(closed.reason()).contains("2 for, 0 against, 0 abstained, 1 did not vote");
  }

  @Test
  void theRuleIsStatedInWords() {
    assertThat(DecisionRule.rule(true)).contains("unanimous").contains("One dissent blocks it");
    assertThat(DecisionRule.rule(false)).contains("simple majority of the votes cast");
  }
}
