package org.alliance.commissioning.procurement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A procurement's evaluation panel as it stands: who evaluates, what each declared about each
 * bidder, and who has submitted each stage. The rules of who may score, moderate and see whose
 * scores live here and only here; pages and writes both ask.
 *
 * @param evaluators evaluators' user ids to their names, in the order assigned
 * @param declarations for "user/bidder", the declaration that counts: a conflict once one is
 *     declared, otherwise "none"
 * @param submitted for each stage, the evaluators who have submitted it
 */
record Panel(
    Map<UUID, String> evaluators,
    Map<String, Declaration> declarations,
    Map<UUID, Set<UUID>> submitted) {

  record Declaration(UUID userId, UUID bidderId, boolean conflicted, String detail) {}

  boolean isEvaluator(UUID user) {
    return evaluators.containsKey(user);
  }

  Declaration declaration(UUID user, UUID bidder) {
    return declarations.get(user + "/" + bidder);
  }

  boolean conflicted(UUID user, UUID bidder) {
    Declaration d = declaration(user, bidder);
    return d != null && d.conflicted();
  }

  boolean submitted(UUID stage, UUID user) {
    return submitted.getOrDefault(stage, Set.of()).contains(user);
  }

  /**
   * Why this user may not score this bidder in this stage, or null if they may: they must be on the
   * panel, have declared about the bidder, have no conflict with it, and not have submitted the
   * stage yet; the stage's weights must be complete.
   */
  String whyNotScore(UUID user, UUID stage, boolean stageReady, UUID bidder, boolean excluded) {
    if (!isEvaluator(user)) {
      return "You are not an evaluator on this procurement";
    }
    if (excluded) {
      return "This bidder failed a pass or fail question and is out of the procurement";
    }
    Declaration d = declaration(user, bidder);
    if (d == null) {
      return "Declare whether you have a conflict of interest with this bidder before scoring it";
    }
    if (d.conflicted()) {
      return "You declared a conflict of interest with this bidder, so you cannot score it";
    }
    if (submitted(stage, user)) {
      return "You have submitted your scores for this stage, so they cannot change";
    }
    if (!stageReady) {
      return "This stage's questions are not ready: its scored weights must total 100%";
    }
    return null;
  }

  /**
   * Whether everyone on the panel has submitted the stage: only then may anyone see anyone else's
   * scores, and only then may the stage be moderated. An evaluator conflicted with a bidder submits
   * the stage all the same, having scored the others.
   */
  boolean everyoneSubmitted(UUID stage) {
    return !evaluators.isEmpty()
        && submitted.getOrDefault(stage, Set.of()).containsAll(evaluators.keySet());
  }

  /** Whose scores a viewer may see in a stage: their own always, everyone's once all submitted. */
  boolean maySeeOthers(UUID stage) {
    return everyoneSubmitted(stage);
  }

  /** Why this user may not moderate this bidder, or null if they may. */
  String whyNotModerate(UUID user, UUID stage, UUID bidder) {
    if (!isEvaluator(user)) {
      return "Only an evaluator on this procurement can moderate";
    }
    if (!everyoneSubmitted(stage)) {
      return "Moderation opens once every evaluator has submitted their scores for this stage";
    }
    if (conflicted(user, bidder)) {
      return "You declared a conflict of interest with this bidder, so you cannot moderate it";
    }
    return null;
  }

  /** The evaluators who may score a bidder (those without a conflict with it). */
  List<UUID> scorersOf(UUID bidder) {
    return evaluators.keySet().stream().filter(u -> !conflicted(u, bidder)).toList();
  }

  static Map<String, Declaration> byKey(List<Declaration> rows) {
    Map<String, Declaration> byKey = new HashMap<>();
    for (Declaration d : rows) {
      byKey.merge(d.userId() + "/" + d.bidderId(), d, (a, b) -> a.conflicted() ? a : b);
    }
    return byKey;
  }
}
