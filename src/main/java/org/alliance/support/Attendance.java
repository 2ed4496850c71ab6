package org.alliance.support;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Appointments and whether people came to them, counted by month, member, age band and sex, naming
 * no one: what the outcomes module's did-not-attend rate is computed from. The counts are true
 * counts; whoever shows them to anyone who does not work with those people puts them through
 * disclosure control first.
 *
 * <p>A contact counts in the month it happened (in UK time) once its outcome is recorded; planned
 * appointments with no outcome yet are not counted. Age is the person's age on the day of the
 * contact; sex is as recorded for the national return, {@link #NOT_RECORDED} when it is not.
 */
public interface Attendance {

  String NOT_RECORDED = "not-recorded";

  /** The age bands, youngest first, then {@link #NOT_RECORDED} for no date of birth. */
  List<String> AGE_BANDS =
      List.of("under-18", "18-24", "25-34", "35-49", "50-64", "65-and-over", NOT_RECORDED);

  /** Every non-empty group for the months from {@code from} to {@code to}, both included. */
  List<Count> monthly(YearMonth from, YearMonth to);

  /**
   * One group's contacts in one month.
   *
   * @param recorded contacts with any outcome recorded, cancellations included
   * @param attended contacts the person came to
   * @param didNotAttend appointments the person missed without cancelling
   */
  record Count(
      YearMonth month,
      UUID memberId,
      String ageBand,
      String sex,
      int recorded,
      int attended,
      int didNotAttend) {}
}
