package org.alliance.support;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * What the outcomes framework counts, rolled up by month and group of people, naming no one. Each
 * tally is a numerator and a denominator (missed appointments of appointments, people engaged of
 * people starting...); {@link Tally} names them and says what they count.
 *
 * <p>The counts are true counts, kept fresh from the records: a change to a record marks its month,
 * and the months it can reach are recomputed a few seconds later ({@link #version()} moves when
 * they are). Whoever shows them to anyone who does not work with those people puts them through
 * disclosure control first.
 *
 * <p>Groups: the member whose work it was; the person's age band on the day (the bands of {@link
 * #AGE_BANDS}); sex and ethnicity as recorded for the national return (codes); the area (the
 * outward part of the person's postcode, such as {@code PL1}); {@link #NOT_RECORDED} where unknown.
 */
public interface Tallies {

  String NOT_RECORDED = "not-recorded";

  /** The age bands, youngest first, then {@link #NOT_RECORDED} for no date of birth. */
  List<String> AGE_BANDS =
      List.of("under-18", "18-24", "25-34", "35-49", "50-64", "65-and-over", NOT_RECORDED);

  /**
   * Every non-empty group of the tally by one breakdown, within each member, for the months from
   * {@code from} to {@code to}. By {@link Dimension#MEMBER} each member's whole figure.
   */
  List<Count> monthly(Tally tally, Dimension by, YearMonth from, YearMonth to);

  /**
   * The words for the sex and ethnicity codes groups are kept by, from the national return's code
   * lists: {@code sex} and {@code ethnicity}, each code to its label.
   */
  java.util.Map<String, java.util.Map<String, String>> labels();

  /** Moves whenever any month's tallies are recomputed: figures read at one version stay true. */
  long version();

  /** Recomputes every month marked stale now, rather than waiting for the schedule. */
  void refreshNow();

  /**
   * Recomputes every tally for the months from {@code from} to {@code to} (the benchmark's job).
   */
  void recompute(YearMonth from, YearMonth to);

  /** What counts are broken down by, each within a member. */
  enum Dimension {
    MEMBER("member"),
    AGE_BAND("age-band"),
    SEX("sex"),
    ETHNICITY("ethnicity"),
    AREA("area");

    private final String code;

    Dimension(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /**
   * One member's group's numerator and denominator in one month.
   *
   * @param group the age band, sex or ethnicity code, or area; null by {@link Dimension#MEMBER}
   */
  record Count(YearMonth month, UUID memberId, String group, int numerator, int denominator) {}
}
