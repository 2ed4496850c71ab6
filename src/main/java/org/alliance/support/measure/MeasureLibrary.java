package org.alliance.support.measure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.directory.Excerpt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures Alliance knows and every version of each. Importing a file is all or nothing: it is
 * read and checked first ({@link MeasureFile}); a definition already imported changes nothing; a
 * changed one becomes the next version, as long as it says it is a new version (a version label
 * reused for other content is refused, so two different definitions never share a name). Stored
 * versions never change, so each is parsed once per node and kept.
 */
@Component
public class MeasureLibrary {

  /** Who imports: an administrator (their user id) or the operator's command (no user). */
  public record Importer(UUID userId, String name) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Map<UUID, MeasureDefinition> parsed = new ConcurrentHashMap<>();

  MeasureLibrary(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Imports one definition file, audited as the importer (the system for the command). */
  @Transactional
  public ImportOutcome importFile(String fileName, byte[] bytes, Importer by) {
    MeasureFile.Read read = MeasureFile.read(bytes);
    if (!read.ok()) {
      return ImportOutcome.refused(read.problems());
    }
    MeasureDefinition definition = read.definition();
    String json = MeasureFile.JSON.writeValueAsString(read.json());
    jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-measure-' || :code))")
        .param("code", definition.code())
        .query(Object.class)
        .single();
    UUID measure =
        jdbc.sql(
                """
                insert into support.measure (code) values (:code)
                on conflict (code) do update set code = excluded.code
                returning id
                """)
            .param("code", definition.code())
            .query(UUID.class)
            .single();
    Optional<Existing> sameLabel =
        jdbc.sql(
                """
                select number, definition = cast(:json as jsonb) as same
                  from support.measure_version where measure_id = :measure and label = :label
                """)
            .param("json", json)
            .param("measure", measure)
            .param("label", definition.version())
            .query((rs, n) -> new Existing(rs.getInt("number"), rs.getBoolean("same")))
            .optional();
    if (sameLabel.isPresent() && sameLabel.get().same()) {
      return new ImportOutcome(
          ImportOutcome.Result.UNCHANGED,
          definition.code(),
          sameLabel.get().number(),
          definition.version(),
          List.of());
    }
    if (sameLabel.isPresent()) {
      return ImportOutcome.refused(
          List.of(
              new MeasureProblem(
                  "/version",
                  "version \""
                      + Excerpt.of(definition.version())
                      + "\" of "
                      + definition.code()
                      + " was imported before with other content (Alliance's version "
                      + sameLabel.get().number()
                      + "); give the changed definition a new version")));
    }
    record Inserted(UUID id, int number) {}
    Inserted inserted =
        jdbc.sql(
                """
                insert into support.measure_version
                  (measure_id, number, label, name, definition, fingerprint, imported_by, imported_by_name)
                select :measure, coalesce(max(number), 0) + 1, :label, :name, cast(:json as jsonb),
                       encode(sha256(convert_to(cast(cast(:json as jsonb) as text), 'UTF8')), 'hex'),
                       :by, :byName
                  from support.measure_version where measure_id = :measure
                returning id, number
                """)
            .param("measure", measure)
            .param("label", definition.version())
            .param("name", definition.name())
            .param("json", json)
            .param("by", by.userId())
            .param("byName", by.name())
            .query((rs, n) -> new Inserted(rs.getObject("id", UUID.class), rs.getInt("number")))
            .single();
    AuditEntry entry =
        AuditEntry.of("measure.imported", "measure-version", inserted.id())
            .withDetail(
                definition.code()
                    + " version "
                    + inserted.number()
                    + " from "
                    + Excerpt.of(fileName));
    if (by.userId() == null) {
      audit.recordSystem(entry.withDetail(entry.detail() + "; " + by.name()));
    } else {
      audit.record(entry);
    }
    return new ImportOutcome(
        ImportOutcome.Result.IMPORTED,
        definition.code(),
        inserted.number(),
        definition.version(),
        List.of());
  }

  private record Existing(int number, boolean same) {}

  /** Every measure's versions, newest first, measures by code. */
  public Map<String, List<MeasureVersion>> all() {
    Map<String, List<MeasureVersion>> all = new LinkedHashMap<>();
    for (MeasureVersion version : versions("true order by m.code, v.number desc", Map.of())) {
      all.computeIfAbsent(version.code(), c -> new ArrayList<>()).add(version);
    }
    return all;
  }

  /** The newest version of each measure, by code. */
  public List<MeasureVersion> latest() {
    return versions(
        """
        v.number = (select max(w.number) from support.measure_version w where w.measure_id = m.id)
        order by m.code
        """,
        Map.of());
  }

  public Optional<MeasureVersion> latest(String code) {
    return latest().stream().filter(v -> v.code().equals(code)).findFirst();
  }

  /**
   * The version a recording was asked in, kept once read (a version never changes; its count of
   * recordings here is as it was then).
   */
  MeasureVersion asked(UUID id) {
    MeasureVersion version = askedVersions.get(id);
    if (version == null) {
      version = version(id).orElseThrow();
      askedVersions.put(id, version);
    }
    return version;
  }

  private final Map<UUID, MeasureVersion> askedVersions = new ConcurrentHashMap<>();

  public Optional<MeasureVersion> version(UUID id) {
    return versions("v.id = :id", Map.of("id", id)).stream().findFirst();
  }

  private List<MeasureVersion> versions(String where, Map<String, Object> params) {
    var sql =
        jdbc.sql(
            """
            select v.id, m.code, v.number, v.label, v.imported_at, v.imported_by_name,
                   cast(v.definition as text) as definition,
                   (select count(*) from support.measure_recording r where r.version_id = v.id) as recordings
              from support.measure_version v join support.measure m on m.id = v.measure_id
             where\s"""
                + where);
    for (Map.Entry<String, Object> param : params.entrySet()) {
      sql = sql.param(param.getKey(), param.getValue());
    }
    return sql.query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              String text = rs.getString("definition");
              return new MeasureVersion(
                  id,
                  rs.getString("code"),
                  rs.getInt("number"),
                  rs.getString("label"),
                  parsed.computeIfAbsent(id, k -> stored(text)),
                  rs.getTimestamp("imported_at").toInstant(),
                  rs.getString("imported_by_name"),
                  rs.getLong("recordings"));
            })
        .list();
  }

  /** A stored definition: it passed every check when it was imported. */
  private static MeasureDefinition stored(String json) {
    MeasureFile.Read read = MeasureFile.read(json.getBytes(StandardCharsets.UTF_8));
    if (!read.ok()) {
      throw new IllegalStateException(
          "A stored measure definition no longer reads: " + read.problems());
    }
    return read.definition();
  }
}
