package org.alliance.outcomes.cohort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.outcomes.disclosure.Disclosure;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cohorts and their figures. Readers get them only as {@link ShownCohort}s, through the
 * disclosure rule; the figures as given leave this class only for the writers' edit form. Every
 * change is audited in its own transaction.
 */
@Component
public class Cohorts {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Disclosure disclosure;

  Cohorts(
      JdbcClient jdbc,
      AuditLog audit,
      TransactionTemplate transaction,
      Disclosure outcomesDisclosure) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.transaction = transaction;
    this.disclosure = outcomesDisclosure;
  }

  /** What a change came to. */
  public enum Saved {
    SAVED,
    /** Someone else changed the cohort since the form was opened. */
    STALE,
    /** Another cohort has this name. */
    NAME_TAKEN,
    /** No such cohort (deleted meanwhile, or never). */
    GONE
  }

  public List<ShownCohort> shownAll() {
    return all().stream().map(c -> ShownCohort.of(c, disclosure)).toList();
  }

  public Optional<ShownCohort> shown(UUID id) {
    return find(id).map(c -> ShownCohort.of(c, disclosure));
  }

  /** Cohorts whose period after support overlaps the days given, for an evaluation report. */
  public List<ShownCohort> shownAfterWithin(LocalDate first, LocalDate last) {
    return all().stream()
        .filter(c -> c.after().overlaps(first, last))
        .map(c -> ShownCohort.of(c, disclosure))
        .toList();
  }

  /** The cohort as given, for its writers' edit form only. */
  Optional<Cohort> find(UUID id) {
    List<Cohort> found = select("where c.id = :id", Map.of("id", id));
    return found.stream().findFirst();
  }

  List<Cohort> all() {
    return select("", Map.of());
  }

  private List<Cohort> select(String where, Map<String, ?> params) {
    Map<UUID, List<CohortFigure>> figures = new HashMap<>();
    jdbc.sql(
            "select f.cohort_id, f.measure, f.before, f.after from outcomes.cohort_figure f"
                + " join outcomes.cohort c on c.id = f.cohort_id "
                + where)
        .params(params)
        .query(
            (ResultSet rs) -> {
              // A measure the code no longer knows is left out rather than failing the page.
              Optional<CohortMeasure> measure = CohortMeasure.of(rs.getString("measure"));
              if (measure.isPresent()) {
                figures
                    .computeIfAbsent(rs.getObject("cohort_id", UUID.class), k -> new ArrayList<>())
                    .add(new CohortFigure(measure.get(), rs.getInt("before"), rs.getInt("after")));
              }
            });
    figures.values().forEach(list -> list.sort((a, b) -> a.measure().compareTo(b.measure())));
    return jdbc.sql(
            """
            select c.id, c.name, c.description, c.people, c.before_from, c.before_to,
                   c.after_from, c.after_to, c.source, c.version, c.changed_at, c.changed_by
              from outcomes.cohort c
            """
                + where
                + " order by c.after_to desc, lower(c.name)")
        .params(params)
        .query((rs, n) -> cohort(rs, figures))
        .list();
  }

  private static Cohort cohort(ResultSet rs, Map<UUID, List<CohortFigure>> figures)
      throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new Cohort(
        id,
        rs.getString("name"),
        rs.getString("description"),
        rs.getInt("people"),
        new Span(
            rs.getObject("before_from", LocalDate.class),
            rs.getObject("before_to", LocalDate.class)),
        new Span(
            rs.getObject("after_from", LocalDate.class), rs.getObject("after_to", LocalDate.class)),
        rs.getString("source"),
        figures.getOrDefault(id, List.of()),
        rs.getInt("version"),
        rs.getTimestamp("changed_at").toInstant(),
        rs.getString("changed_by"));
  }

  /** A new cohort's id, or empty when the name is taken. */
  Optional<UUID> create(CohortDraft draft, CohortWriter writer) {
    try {
      return Optional.ofNullable(
          transaction.execute(
              status -> {
                lock();
                if (idNamed(draft.name()).isPresent()) {
                  return null;
                }
                UUID id = insert(draft, writer);
                record(writer, AuditEntry.of("cohort.created", "cohort", id));
                return id;
              }));
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
  }

  Saved update(UUID id, int version, CohortDraft draft, CohortWriter writer) {
    try {
      return transaction.execute(
          status -> {
            lock();
            Optional<Integer> current = versionOf(id);
            if (current.isEmpty()) {
              return Saved.GONE;
            }
            if (current.get() != version) {
              return Saved.STALE;
            }
            Optional<UUID> named = idNamed(draft.name());
            if (named.isPresent() && !named.get().equals(id)) {
              return Saved.NAME_TAKEN;
            }
            replace(id, draft, writer);
            record(writer, AuditEntry.of("cohort.changed", "cohort", id));
            return Saved.SAVED;
          });
    } catch (DuplicateKeyException e) {
      return Saved.NAME_TAKEN;
    }
  }

  Saved delete(UUID id, int version, CohortWriter writer) {
    return transaction.execute(
        status -> {
          lock();
          Optional<Integer> current = versionOf(id);
          if (current.isEmpty()) {
            return Saved.GONE;
          }
          if (current.get() != version) {
            return Saved.STALE;
          }
          jdbc.sql("delete from outcomes.cohort where id = :id").param("id", id).update();
          record(writer, AuditEntry.of("cohort.deleted", "cohort", id));
          return Saved.SAVED;
        });
  }

  /** What an import did, line by line, or why it was refused (then nothing was written). */
  public record ImportReport(boolean imported, List<String> lines) {}

  /**
   * Imports a file of cohorts, all or nothing: each cohort, found by its name whatever its case, is
   * created or replaced by what the file says, or left alone when the file says what is stored, so
   * importing the same file twice changes nothing the second time.
   */
  public ImportReport importFile(String fileName, byte[] bytes, CohortWriter writer) {
    CohortFile.Read read = CohortFile.read(bytes);
    if (!read.ok()) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Refused: "
              + read.problems().size()
              + (read.problems().size() == 1 ? " problem" : " problems")
              + " in "
              + fileName
              + "; nothing was imported");
      read.problems().forEach(p -> lines.add(fileName + " " + p));
      transaction.executeWithoutResult(
          status ->
              record(
                  writer,
                  AuditEntry.of("cohort.import-refused", "cohort-file", fileName)
                      .withDetail(read.problems().size() + " problems")));
      return new ImportReport(false, List.copyOf(lines));
    }
    List<String> lines =
        transaction.execute(
            status -> {
              lock();
              int created = 0;
              int changed = 0;
              int same = 0;
              List<String> each = new ArrayList<>();
              for (CohortDraft draft : read.cohorts()) {
                Optional<UUID> existing = idNamed(draft.name());
                if (existing.isEmpty()) {
                  UUID id = insert(draft, writer);
                  record(
                      writer, AuditEntry.of("cohort.created", "cohort", id).withDetail("import"));
                  created++;
                  each.add("Added " + draft.name());
                } else if (sameAsStored(existing.get(), draft)) {
                  same++;
                  each.add("Unchanged " + draft.name());
                } else {
                  replace(existing.get(), draft, writer);
                  record(
                      writer,
                      AuditEntry.of("cohort.changed", "cohort", existing.get())
                          .withDetail("import"));
                  changed++;
                  each.add("Changed " + draft.name());
                }
              }
              List<String> report = new ArrayList<>();
              report.add(
                  "Imported "
                      + fileName
                      + ": "
                      + created
                      + " added, "
                      + changed
                      + " changed, "
                      + same
                      + " unchanged");
              report.addAll(each);
              return report;
            });
    return new ImportReport(true, List.copyOf(lines));
  }

  private boolean sameAsStored(UUID id, CohortDraft draft) {
    return find(id)
        .map(
            c ->
                c.name().equals(draft.name())
                    && c.description().equals(draft.description())
                    && c.people() == draft.people()
                    && c.before().equals(draft.before())
                    && c.after().equals(draft.after())
                    && c.source().equals(draft.source())
                    && c.figures().equals(sorted(draft.figures())))
        .orElse(false);
  }

  private static List<CohortFigure> sorted(List<CohortFigure> figures) {
    return figures.stream().sorted((a, b) -> a.measure().compareTo(b.measure())).toList();
  }

  /** One writer of cohorts at a time, so a name check and its insert cannot interleave. */
  private void lock() {
    jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-outcomes-cohorts'))")
        .query(Object.class)
        .single();
  }

  private Optional<UUID> idNamed(String name) {
    return jdbc.sql("select id from outcomes.cohort where lower(name) = :name")
        .param("name", name.toLowerCase(Locale.ROOT))
        .query(UUID.class)
        .optional();
  }

  private Optional<Integer> versionOf(UUID id) {
    return jdbc.sql("select version from outcomes.cohort where id = :id for update")
        .param("id", id)
        .query(Integer.class)
        .optional();
  }

  private UUID insert(CohortDraft draft, CohortWriter writer) {
    UUID id =
        jdbc.sql(
                """
                insert into outcomes.cohort (name, description, people, before_from, before_to,
                                             after_from, after_to, source, changed_by)
                values (:name, :description, :people, :beforeFrom, :beforeTo, :afterFrom,
                        :afterTo, :source, :by)
                returning id
                """)
            .params(params(draft, writer))
            .query(UUID.class)
            .single();
    insertFigures(id, draft);
    return id;
  }

  private void replace(UUID id, CohortDraft draft, CohortWriter writer) {
    Map<String, Object> params = params(draft, writer);
    params.put("id", id);
    jdbc.sql(
            """
            update outcomes.cohort
               set name = :name, description = :description, people = :people,
                   before_from = :beforeFrom, before_to = :beforeTo, after_from = :afterFrom,
                   after_to = :afterTo, source = :source, changed_by = :by,
                   changed_at = now(), version = version + 1
             where id = :id
            """)
        .params(params)
        .update();
    jdbc.sql("delete from outcomes.cohort_figure where cohort_id = :id").param("id", id).update();
    insertFigures(id, draft);
  }

  private void insertFigures(UUID id, CohortDraft draft) {
    for (CohortFigure figure : draft.figures()) {
      jdbc.sql(
              """
              insert into outcomes.cohort_figure (cohort_id, measure, before, after)
              values (:id, :measure, :before, :after)
              """)
          .param("id", id)
          .param("measure", figure.measure().code())
          .param("before", figure.before())
          .param("after", figure.after())
          .update();
    }
  }

  private static Map<String, Object> params(CohortDraft draft, CohortWriter writer) {
    Map<String, Object> params = new HashMap<>();
    params.put("name", draft.name());
    params.put("description", draft.description());
    params.put("people", draft.people());
    params.put("beforeFrom", draft.before().from());
    params.put("beforeTo", draft.before().to());
    params.put("afterFrom", draft.after().from());
    params.put("afterTo", draft.after().to());
    params.put("source", draft.source());
    params.put("by", writer.name());
    return params;
  }

  private void record(CohortWriter writer, AuditEntry entry) {
    if (writer.actor() == null) {
      audit.recordSystem(entry.withDetail(join(entry.detail(), writer.name())));
    } else {
      audit.recordBy(writer.actor(), entry);
    }
  }

  private static String join(String detail, String by) {
    return detail == null ? by : detail + "; " + by;
  }
}
