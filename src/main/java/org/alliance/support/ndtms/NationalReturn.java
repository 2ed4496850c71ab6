package org.alliance.support.ndtms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.alliance.support.NationalReturns;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.ReturnAccess;
import org.alliance.web.SpreadsheetCsv;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's monthly return: previewed on the data lead's page, downloaded there, or written by the
 * operator's command. All three read the same stream of rows and apply the same checks, so the page
 * and the command report the same rejections the file would get.
 */
@Component
class NationalReturn implements NationalReturns {

  private final PersonAccess access;
  private final ReturnQuery query;
  private final CodeLists codeLists;
  private final Items items;
  private final Agencies agencies;
  private final NdtmsSettings settings;
  private final Completions completions;
  private final Organisations organisations;

  NationalReturn(
      PersonAccess access,
      ReturnQuery query,
      CodeLists codeLists,
      Items items,
      Agencies agencies,
      NdtmsSettings settings,
      Completions completions,
      Organisations organisations) {
    this.access = access;
    this.query = query;
    this.codeLists = codeLists;
    this.items = items;
    this.agencies = agencies;
    this.settings = settings;
    this.completions = completions;
    this.organisations = organisations;
  }

  @Transactional
  Preview preview(Practitioner viewer, YearMonth month) {
    ReturnAccess opened = access.nationalReturn(viewer, month.toString(), "previewing the return");
    String agency = agencies.of(opened.memberId()).orElse(null);
    ReturnCheck check = check(month);
    List<Preview.Rejected> shown = new ArrayList<>();
    long[] counts = new long[3];
    query.stream(
        opened,
        agency,
        month,
        row -> {
          counts[0]++;
          if (row.dischargeInferred()) {
            counts[2]++;
          }
          List<Problem> problems = check.problems(row);
          if (!problems.isEmpty()) {
            counts[1]++;
            if (shown.size() < Preview.SHOWN) {
              shown.add(rejected(row, problems));
            }
          }
        });
    return new Preview(
        month,
        settings.dataset(),
        agency,
        counts[0],
        counts[1],
        shown,
        counts[2],
        completions.tally(opened.memberId(), month.atDay(1), month.atEndOfMonth()));
  }

  /** The data lead's download: the whole extract, rejected rows included, as NDTMS gets it. */
  @Transactional
  long download(Practitioner viewer, YearMonth month, Writer out) throws IOException {
    ReturnAccess opened = access.nationalReturn(viewer, month.toString(), "downloading the return");
    try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, items.names())) {
      long[] rows = new long[1];
      write(opened, month, csv, check(month), (row, problems) -> rows[0]++);
      return rows[0];
    }
  }

  @Override
  public List<UUID> reportingMembers() {
    return organisations.all().stream()
        .filter(o -> o.relationship() == Relationship.MEMBER)
        .map(Organisation::id)
        .filter(member -> agencies.of(member).isPresent())
        .toList();
  }

  @Override
  @Transactional
  public Result export(
      List<UUID> members, YearMonth month, Writer csvOut, Writer report, String operator)
      throws IOException {
    ReturnCheck check = check(month);
    long[] counts = new long[2];
    SpreadsheetCsv csv = SpreadsheetCsv.open(csvOut, items.names());
    for (UUID member : new LinkedHashSet<>(members)) {
      ReturnAccess opened =
          access.nationalReturnByOperator(member, month.toString(), operator, "export-ndtms");
      write(
          opened,
          month,
          csv,
          check,
          (row, problems) -> {
            counts[0]++;
            if (!problems.isEmpty()) {
              counts[1]++;
              try {
                report.write(reportLine(row, problems));
                report.write(System.lineSeparator());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
    }
    csv.flush();
    report.flush();
    return new Result(counts[0], counts[1]);
  }

  private interface Written {
    void row(ReturnRow row, List<Problem> problems);
  }

  private void write(
      ReturnAccess opened, YearMonth month, SpreadsheetCsv csv, ReturnCheck check, Written each) {
    String agency = agencies.of(opened.memberId()).orElse(null);
    String none = settings.nullValue();
    query.stream(
        opened,
        agency,
        month,
        row -> {
          List<Object> cells = check.cells(row);
          List<String> text = new ArrayList<>(cells.size());
          for (Object cell : cells) {
            text.add(cell == null ? none : cell.toString());
          }
          try {
            csv.row(text);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          each.row(row, check.problems(row));
        });
  }

  private ReturnCheck check(YearMonth month) {
    return new ReturnCheck(items.all(), codeLists.book(), month, settings.keptWithoutConsent());
  }

  private static Preview.Rejected rejected(ReturnRow row, List<Problem> problems) {
    List<Preview.Link> links =
        problems.stream()
            .map(
                p ->
                    new Preview.Link(
                        p.text(),
                        p.fix().href(row.personId(), row.episodeId(), row.modalityId()),
                        p.fix().label()))
            .toList();
    return new Preview.Rejected(row.personId(), row.episodeId(), row.modalityId(), links);
  }

  static String reportLine(ReturnRow row, List<Problem> problems) {
    StringBuilder line =
        new StringBuilder("rejected: client ")
            .append(row.personId())
            .append(" episode ")
            .append(row.episodeId());
    if (row.modalityId() != null) {
      line.append(" modality ").append(row.modalityId());
    }
    Set<String> fixes = new LinkedHashSet<>();
    for (Problem p : problems) {
      line.append("; ").append(p.text());
      fixes.add(p.fix().href(row.personId(), row.episodeId(), row.modalityId()));
    }
    return line.append(" (put right at ").append(String.join(", ", fixes)).append(')').toString();
  }

  /** The month before today's, the one a data lead is usually returning. */
  static YearMonth lastMonth() {
    return YearMonth.from(LocalDate.now(PersonAccess.UK)).minusMonths(1);
  }
}
