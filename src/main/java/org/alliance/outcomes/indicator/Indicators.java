package org.alliance.outcomes.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.alliance.organisation.Organisations;
import org.alliance.outcomes.disclosure.Disclosure;
import org.alliance.support.Attendance;
import org.springframework.stereotype.Service;

/**
 * Indicators' figures, computed from other modules' public APIs and always through disclosure
 * control: for now every caller gets the suppressed figures, including those who work with the
 * people, so there is one rule for the figures and no way to get round it by asking differently.
 */
@Service
public class Indicators {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final IndicatorDefinitions definitions;
  private final Attendance attendance;
  private final Organisations organisations;
  private final Disclosure disclosure;

  Indicators(
      IndicatorDefinitions definitions,
      Attendance attendance,
      Organisations organisations,
      Disclosure disclosure) {
    this.definitions = definitions;
    this.attendance = attendance;
    this.organisations = organisations;
    this.disclosure = disclosure;
  }

  /**
   * The indicator's figures for the months from {@code from} to {@code to}, with the definition in
   * force on the last day of {@code to} (or today, if sooner); empty when there is no such
   * indicator or it has no computation yet.
   */
  public Optional<Figures> figures(
      String code, YearMonth from, YearMonth to, Period period, Breakdown by) {
    if (!DidNotAttendRate.CODE.equals(code)) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(UK);
    LocalDate asOf = to.atEndOfMonth().isAfter(today) ? today : to.atEndOfMonth();
    return definitions
        .inForce(code, asOf)
        // Months before the first version was in force are computed by the first version.
        .or(() -> definitions.first(code))
        .map(
            definition ->
                DidNotAttendRate.compute(
                    definition,
                    attendance.monthly(from, to),
                    from,
                    to,
                    period,
                    by,
                    disclosure,
                    id -> organisations.name(UUID.fromString(id)).orElse("A former member")));
  }
}
