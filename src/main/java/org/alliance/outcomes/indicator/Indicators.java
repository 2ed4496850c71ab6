package org.alliance.outcomes.indicator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.organisation.Organisations;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.support.Tallies;
import org.alliance.support.Tally;
import org.springframework.stereotype.Service;

/**
 * Indicators' figures, computed from support's monthly tallies and always through the one rule of
 * {@link Audience}: suppressed for everyone but the people who work with those counted, who see
 * only their own member's figures as they are.
 *
 * <p>Disclosure control of a large table can take seconds (it proves no suppressed figure can be
 * worked out), so figures are kept once made, for as long as the tallies' version stays the same: a
 * record change moves the version within seconds, and the next request makes them afresh.
 */
@Service
public class Indicators {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final IndicatorDefinitions definitions;
  private final Tallies tallies;
  private final Organisations organisations;
  private final Disclosure disclosure;
  private final Cache<Key, Optional<Figures>> made =
      Caffeine.newBuilder().maximumSize(2_000).expireAfterAccess(Duration.ofMinutes(30)).build();

  private record Key(
      String code,
      YearMonth from,
      YearMonth to,
      Period period,
      Breakdown by,
      Audience audience,
      long version) {}

  Indicators(
      IndicatorDefinitions definitions,
      Tallies tallies,
      Organisations organisations,
      Disclosure disclosure) {
    this.definitions = definitions;
    this.tallies = tallies;
    this.organisations = organisations;
    this.disclosure = disclosure;
  }

  /**
   * The version of the tallies the figures are made from: it moves when a change reaches them, so
   * anything made from figures may be kept while it stays the same.
   */
  public long version() {
    return tallies.version();
  }

  /** The figures as anyone may see them: {@link Audience#EVERYONE_ELSE}. */
  public Optional<Figures> figures(
      String code, YearMonth from, YearMonth to, Period period, Breakdown by) {
    return figures(code, from, to, period, by, Audience.EVERYONE_ELSE);
  }

  /**
   * The indicator's figures for the months from {@code from} to {@code to}, with the definition in
   * force on the last day of {@code to} (or today, if sooner); empty when there is no such
   * indicator or it is computed from a tally support does not keep.
   */
  public Optional<Figures> figures(
      String code, YearMonth from, YearMonth to, Period period, Breakdown by, Audience audience) {
    Key key = new Key(code, from, to, period, by, audience, tallies.version());
    return made.get(key, k -> make(code, from, to, period, by, audience));
  }

  private Optional<Figures> make(
      String code, YearMonth from, YearMonth to, Period period, Breakdown by, Audience audience) {
    LocalDate today = LocalDate.now(UK);
    LocalDate asOf = to.atEndOfMonth().isAfter(today) ? today : to.atEndOfMonth();
    Optional<IndicatorDefinition> definition =
        definitions
            .inForce(code, asOf)
            // Months before the first version was in force are computed by the first version.
            .or(() -> definitions.first(code));
    if (definition.isEmpty()) {
      return Optional.empty();
    }
    Optional<Tally> tally = Tally.fromCode(definition.get().computedFrom());
    if (tally.isEmpty()) {
      return Optional.empty();
    }
    List<Tallies.Count> counts =
        tallies.monthly(tally.get(), RateIndicator.dimension(by), from, to);
    if (audience.member().isPresent()) {
      UUID member = audience.member().get();
      counts = counts.stream().filter(count -> count.memberId().equals(member)).toList();
    }
    return Optional.of(
        RateIndicator.compute(
            definition.get(),
            counts,
            from,
            to,
            period,
            by,
            disclosure,
            audience.member().isEmpty(),
            groupNames(by)));
  }

  /** The words for a breakdown's groups: members' names, the code lists' labels, age bands. */
  private java.util.function.Function<String, String> groupNames(Breakdown by) {
    java.util.Map<String, String> labels =
        switch (by) {
          case SEX -> tallies.labels().get("sex");
          case ETHNICITY -> tallies.labels().get("ethnicity");
          default -> java.util.Map.of();
        };
    return key -> {
      if (Tallies.NOT_RECORDED.equals(key)) {
        return "Not recorded";
      }
      return switch (by) {
        case MEMBER -> organisations.name(UUID.fromString(key)).orElse("A former member");
        case AGE_BAND -> AgeBand.words(key);
        case SEX, ETHNICITY -> labels.getOrDefault(key, key);
        default -> key;
      };
    };
  }
}
