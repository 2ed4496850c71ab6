package org.alliance.support;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The Individual Service Funds members hold on people's behalf, as totals per holding member and
 * month, naming no one: for the alliance manager's monthly return and, later, the commissioning
 * module's open-book ledger. A member holding one to four funds in the month has its figures
 * suppressed ("fewer than 5"), so no person's spending can be read off a small number.
 */
public interface IndividualServiceFunds {

  /** Smaller numbers of funds than this are suppressed. */
  int SMALLEST_SHOWN = 5;

  /** Each holding member's totals for the month, by member name. */
  List<MemberMonth> month(YearMonth month);

  /**
   * One holding member's month. {@code funds} is the number of funds open in the month or with
   * money moving in it; when {@code suppressed}, it and every amount are null.
   *
   * @param allocated the allocations of funds whose period starts in the month
   * @param committed counted commitments dated in the month
   * @param paid counted payments dated in the month
   * @param returned amounts returned at reconciliations made in the month
   */
  record MemberMonth(
      UUID memberId,
      String memberName,
      boolean suppressed,
      Integer funds,
      BigDecimal allocated,
      BigDecimal committed,
      BigDecimal paid,
      BigDecimal returned) {}
}
