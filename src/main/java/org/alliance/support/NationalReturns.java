package org.alliance.support;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The monthly national return (NDTMS) of the alliance's members, as the operator's {@code
 * export-ndtms} command makes it: the CSV extract, and beside it a report of every row that would
 * be rejected and why. Each member's return is audited as {@code ndtms.return-read}.
 */
public interface NationalReturns {

  /** The members that have an NDTMS agency code, the ones a return is made for. */
  List<UUID> reportingMembers();

  /**
   * Writes the members' returns for the month, one after the other, under one header.
   *
   * @param csv where the extract goes
   * @param report one line per rejected row
   * @param operator who asked, for the audit (the operating-system user)
   */
  Result export(List<UUID> members, YearMonth month, Writer csv, Writer report, String operator)
      throws IOException;

  /** How many rows were written, and how many of them would be rejected. */
  record Result(long rows, long rejected) {}
}
