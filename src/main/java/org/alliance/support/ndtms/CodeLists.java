package org.alliance.support.ndtms;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national code lists: loaded at every start from files (one per list; {@code
 * alliance.ndtms.code-lists}, by default the ones shipped in {@code ndtms/codes/}) into {@code
 * support.ndtms_code}, and read back for forms and checks. Loading is idempotent: a code is keyed
 * by list, code and the date it became valid, and loading the same files again changes nothing. A
 * code missing from the files is left in the table, since records made while it was valid still
 * name it.
 */
@Component
@Order(1)
class CodeLists implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CodeLists.class);
  private static final List<String> HEADER =
      List.of("list", "code", "label", "valid_from", "valid_to", "status", "class", "source");
  private static final Set<String> STATUSES = Set.of("C", "P", "U");

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final NdtmsSettings settings;

  CodeLists(JdbcClient jdbc, TransactionTemplate transaction, NdtmsSettings settings) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Code> codes = read(settings.codeLists());
    int changed = load(codes);
    if (changed > 0) {
      log.info("NDTMS code lists: {} codes added or changed", changed);
    }
  }

  /** Loads the codes; returns how many rows were added or changed. */
  int load(List<Code> codes) {
    Integer changed =
        transaction.execute(
            status -> {
              // Nodes starting together load the same files one after the other.
              jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-ndtms-codes'))")
                  .query(Object.class)
                  .single();
              int n = 0;
              for (Code code : codes) {
                n +=
                    jdbc.sql(
                            """
                            insert into support.ndtms_code
                              (list_code, code, label, valid_from, valid_to, status, class, source)
                            values (:list, :code, :label, :from, :to, :status, :grouping, :source)
                            on conflict (list_code, code, valid_from) do update
                               set label = excluded.label, valid_to = excluded.valid_to,
                                   status = excluded.status, class = excluded.class,
                                   source = excluded.source
                             where (ndtms_code.label, ndtms_code.valid_to, ndtms_code.status,
                                    ndtms_code.class, ndtms_code.source)
                                   is distinct from
                                   (excluded.label, excluded.valid_to, excluded.status,
                                    excluded.class, excluded.source)
                            """)
                        .param("list", code.list())
                        .param("code", code.code())
                        .param("label", code.label())
                        .param("from", Date.valueOf(code.validFrom()))
                        .param("to", code.validTo() == null ? null : Date.valueOf(code.validTo()))
                        .param("status", code.status())
                        .param("grouping", code.grouping())
                        .param("source", code.source())
                        .update();
              }
              return n;
            });
    return changed == null ? 0 : changed;
  }

  /** Every code in the table, as one book. */
  CodeBook book() {
    return new CodeBook(
        jdbc.sql("select * from support.ndtms_code order by list_code, code, valid_from")
            .query(
                (rs, n) ->
                    new Code(
                        rs.getString("list_code"),
                        rs.getString("code"),
                        rs.getString("label"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getString("status"),
                        rs.getString("class"),
                        rs.getString("source")))
            .list());
  }

  /** Reads every file the location names; a malformed file stops the start with its name. */
  static List<Code> read(String location) {
    List<Code> codes = new ArrayList<>();
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
      if (files.length == 0) {
        throw new IllegalStateException("No NDTMS code lists at " + location);
      }
      for (Resource file : files) {
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
          codes.addAll(parse(file.getFilename(), in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the NDTMS code lists at " + location, e);
    }
    return codes;
  }

  static List<Code> parse(String name, Reader in) throws IOException {
    List<Code> codes = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(in, format)) {
      if (!parser.getHeaderNames().equals(HEADER)) {
        throw new IllegalStateException(
            "NDTMS code list " + name + ": the header must be " + String.join(",", HEADER));
      }
      for (CSVRecord row : parser) {
        String where = "NDTMS code list " + name + " line " + parser.getCurrentLineNumber();
        try {
          String status = row.get("status");
          if (!STATUSES.contains(status)) {
            throw new IllegalStateException(where + ": status must be C, P or U");
          }
          if (row.get("list").isEmpty()
              || row.get("code").isEmpty()
              || row.get("label").isEmpty()) {
            throw new IllegalStateException(where + ": list, code and label are needed");
          }
          LocalDate from = LocalDate.parse(row.get("valid_from"));
          LocalDate to =
              row.get("valid_to").isEmpty() ? null : LocalDate.parse(row.get("valid_to"));
          if (to != null && to.isBefore(from)) {
            throw new IllegalStateException(where + ": valid_to is before valid_from");
          }
          codes.add(
              new Code(
                  row.get("list"),
                  row.get("code"),
                  row.get("label"),
                  from,
                  to,
                  status,
                  row.get("class").isEmpty() ? null : row.get("class"),
                  row.get("source")));
        } catch (DateTimeParseException e) {
          throw new IllegalStateException(where + ": dates are YYYY-MM-DD", e);
        }
      }
    }
    return codes;
  }
}
