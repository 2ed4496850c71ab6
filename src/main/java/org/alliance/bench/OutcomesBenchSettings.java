package org.alliance.bench;

import java.nio.file.Path;

/**
 * What {@code bench-outcomes} runs with: bench-support's data set (people, contacts, referrals,
 * every episode's NDTMS details, and five-year plans for {@code planPeople}), then the framework's
 * recomputation, a change's way into the figures, and the dashboard under load.
 */
public record OutcomesBenchSettings(
    int people,
    long contacts,
    long referrals,
    int planPeople,
    int clients,
    int seconds,
    int warmupSeconds,
    int recomputations,
    Path dataDir,
    boolean keep,
    long seed) {

  public OutcomesBenchSettings {
    require(people >= 100 && people <= 5_000_000, "--people must be from 100 to 5,000,000");
    require(
        contacts >= people && contacts <= 100_000_000,
        "--contacts must be from --people to 100,000,000");
    require(referrals >= 0 && referrals <= 10_000_000, "--referrals must be from 0 to 10,000,000");
    require(planPeople >= 0 && planPeople <= people, "--plan-people must be from 0 to --people");
    require(clients >= 1 && clients <= 200, "--clients must be from 1 to 200");
    require(seconds >= 1 && seconds <= 3600, "--seconds must be from 1 to 3600");
    require(warmupSeconds >= 0 && warmupSeconds <= 600, "--warmup-seconds must be from 0 to 600");
    require(recomputations >= 1 && recomputations <= 20, "--recomputations must be from 1 to 20");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
