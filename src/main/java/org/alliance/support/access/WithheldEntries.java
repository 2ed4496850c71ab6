package org.alliance.support.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alliance.support.access.Withholding.EntryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each kind of entry that can be withheld from a person's own view is kept, and the one check
 * that an entry exists, is the person's (or a record merged into them) and is visible to the
 * viewer. The kinds ({@link EntryKind}) and their tables live here together, beside {@link
 * Withholding}, so a new kind cannot be withheld without saying where its entries are.
 */
@Component
public class WithheldEntries {

  private static final String EXCERPT_DAY = "'FMDD FMMonth YYYY'";

  /**
   * An entry kind's table, its id column, whether its rows carry a sensitivity label, and a short
   * text that tells a worker which entry it is ({@code e} is the table's alias).
   */
  private record Source(String table, String idColumn, boolean labelled, String excerpt) {

    /** The excerpt only where the viewer's labels reach the entry. */
    String visible() {
      return labelled ? LabelFilter.visible("e") : "true";
    }
  }

  /** A switch rather than a map, so that a new kind without a table does not compile. */
  private static Source source(EntryKind kind) {
    return switch (kind) {
      case GOAL -> new Source("support.plan_goal", "id", true, "e.words");
      case PLAN_ENTRY -> new Source("support.plan_entry", "id", true, "e.body");
      case NETWORK ->
          new Source(
              "support.plan_network_member",
              "id",
              true,
              "e.name || coalesce(' (' || e.relationship || ')', '')");
      case REVIEW ->
          new Source(
              "support.plan_review",
              "id",
              false,
              "'Review of ' || to_char(e.reviewed_on, " + EXCERPT_DAY + ")");
      case CONTRIBUTION -> new Source("support.plan_contribution", "id", false, "e.words");
      case CONTACT ->
          new Source(
              "support.contact",
              "id",
              true,
              "upper(left(e.mode, 1)) || replace(substr(e.mode, 2), '-', ' ') || ', '"
                  + " || to_char(e.happens_at at time zone 'Europe/London',"
                  + " 'FMDD FMMonth YYYY \"at\" FMHH12:MIam')");
      case BUDGET ->
          new Source(
              "support.budget",
              "id",
              false,
              "'Budget from ' || to_char(e.starts_on, "
                  + EXCERPT_DAY
                  + ") || ': ' || e.funding_source");
      case NOTE -> new Source("support.case_note", "id", true, "e.body");
      case EPISODE ->
          new Source(
              "support.episode",
              "id",
              false,
              "'Episode opened ' || to_char(e.opened_on, "
                  + EXCERPT_DAY
                  + ") || ': ' || e.open_reason");
      case REFERRAL ->
          new Source(
              "support.referral",
              "id",
              false,
              "'Referral sent ' || to_char(e.sent_at at time zone 'Europe/London', "
                  + EXCERPT_DAY
                  + ")");
    };
  }

  /** An entry found for a viewer: whose record it is on, and a short text of it. */
  public record Entry(EntryKind kind, UUID id, UUID personId, String excerpt) {}

  /**
   * One withholding, now or released. {@code excerpt} is null where the viewer may not read the
   * entry: {@code labelHidden} says whether its label is why.
   */
  public record Listed(
      UUID id,
      UUID personId,
      EntryKind kind,
      UUID entryId,
      String excerpt,
      boolean labelHidden,
      String reason,
      UUID withheldBy,
      UUID withheldByMember,
      Instant withheldAt,
      UUID releasedBy,
      Instant releasedAt) {

    public boolean released() {
      return releasedAt != null;
    }
  }

  private static final int EXCERPT = 200;

  private final JdbcClient jdbc;
  private final PersonAccess access;

  WithheldEntries(JdbcClient jdbc, PersonAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  /**
   * The entry of this kind and id, if it is on the opened record or a record merged into it that
   * the viewer could open alone (a merge never widens access), and its label is one the viewer's
   * access reaches. Anything else is empty: unknown, someone else's and out of reach look alike.
   */
  public Optional<Entry> find(RecordAccess opened, EntryKind kind, UUID entryId) {
    Source source = source(kind);
    return jdbc.sql(
            "select e.person_id, "
                + source.excerpt()
                + " as excerpt from "
                + source.table()
                + " e where e."
                + source.idColumn()
                + " = :entry and e.person_id = any(cast(:readable as uuid[])) and "
                + source.visible())
        .param("entry", entryId)
        .param("readable", readable(opened))
        .param("labels", LabelFilter.labels(opened))
        .query(
            (rs, n) ->
                new Entry(
                    kind,
                    entryId,
                    rs.getObject("person_id", UUID.class),
                    shorten(rs.getString("excerpt"))))
        .optional();
  }

  /**
   * What is withheld from the person's own view now, for a worker's page to mark: one query for the
   * whole page, however many entries it shows.
   */
  public Withheld now(RecordAccess opened) {
    Set<String> entries =
        new HashSet<>(
            jdbc.sql(
                    "select entry_kind || ':' || entry_id from support.withheld_entry"
                        + " where person_id = :person and released_at is null")
                .param("person", opened.personId())
                .query(String.class)
                .list());
    return new Withheld(opened.personId(), opened.team(), entries);
  }

  /**
   * Every withholding on the record and the records merged into it that the viewer could open
   * alone, current first, each with a short text of its entry only where the viewer may read it.
   */
  public List<Listed> list(RecordAccess opened) {
    String excerpts =
        Stream.of(EntryKind.values())
            .map(
                kind -> {
                  Source source = source(kind);
                  return "select case when "
                      + source.visible()
                      + " then "
                      + source.excerpt()
                      + " end as excerpt, not "
                      + source.visible()
                      + " as label_hidden from "
                      + source.table()
                      + " e where w.entry_kind = '"
                      + kind.code()
                      + "' and e."
                      + source.idColumn()
                      + " = w.entry_id and e.person_id = w.person_id";
                })
            .collect(Collectors.joining(" union all "));
    return jdbc.sql(
            "select w.*, x.excerpt, coalesce(x.label_hidden, false) as label_hidden"
                + " from support.withheld_entry w left join lateral ("
                + excerpts
                + ") x on true where w.person_id = any(cast(:readable as uuid[]))"
                + " order by w.released_at desc nulls first, w.withheld_at desc, w.id")
        .param("readable", readable(opened))
        .param("labels", LabelFilter.labels(opened))
        .query(
            (rs, n) ->
                new Listed(
                    rs.getObject("id", UUID.class),
                    rs.getObject("person_id", UUID.class),
                    EntryKind.fromCode(rs.getString("entry_kind")).orElseThrow(),
                    rs.getObject("entry_id", UUID.class),
                    shorten(rs.getString("excerpt")),
                    rs.getBoolean("label_hidden"),
                    rs.getString("reason"),
                    rs.getObject("withheld_by", UUID.class),
                    rs.getObject("withheld_by_member", UUID.class),
                    rs.getTimestamp("withheld_at").toInstant(),
                    rs.getObject("released_by", UUID.class),
                    instant(rs.getTimestamp("released_at"))))
        .list();
  }

  /** The opened record and the records merged into it that the viewer could open alone. */
  private UUID[] readable(RecordAccess opened) {
    List<UUID> ids = new ArrayList<>(List.of(opened.personId()));
    jdbc
        .sql("select id from support.person where merged_into = :person order by id")
        .param("person", opened.personId())
        .query(UUID.class)
        .list()
        .stream()
        .filter(half -> access.mayOpen(opened.viewer(), half))
        .forEach(ids::add);
    return ids.toArray(UUID[]::new);
  }

  private static String shorten(String text) {
    if (text == null || text.length() <= EXCERPT) {
      return text;
    }
    return text.substring(0, EXCERPT).stripTrailing() + "…";
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
