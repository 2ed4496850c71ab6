package org.alliance.support.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds people by name (with spelling variants, initials and previous names), date of birth,
 * postcode, NHS number or a member's reference; and finds the likely matches of someone about to be
 * registered. Returns ids only: what may be shown of each is for {@code PersonAccess} to say.
 */
@Component
class Finder {

  static final int MOST_RESULTS = 25;
  static final int MOST_MATCHES = 5;

  /*
   * Sub-selects are written "p.id = any(array(select ...))", not "p.id in (select ...)": inside an
   * OR, "in" turned the whole condition into a scan of every person (bench-support found the match
   * check at 393 ms on 20,000 people), while an array is computed once and each branch keeps its
   * index.
   *
   * A name matches by trigram similarity (pg_trgm's %, threshold 0.3) on the whole name, or when the
   * family names sound alike (double metaphone) and the given name sounds alike or starts with the
   * initial typed. Previous names and aliases match the same way.
   *
   * Records merged into another are searched too, so that a person is found by the names, date of
   * birth and references of either half (Lists.search shows the survivor in the half's place).
   */
  private static final String SEARCH =
      """
      select p.id, p.merged_into,
             greatest(similarity(lower(p.given_name || ' ' || p.family_name), coalesce(cast(:name as text), '')),
                      coalesce((select max(similarity(lower(n.given_name || ' ' || n.family_name), cast(:name as text)))
                                  from support.person_name n where n.person_id = p.id), 0)) as score
        from support.person p
       where (cast(:name as text) is null
              or lower(p.given_name || ' ' || p.family_name) % cast(:name as text)
              or (dmetaphone(p.family_name) = dmetaphone(cast(:family as text))
                  and (cast(:given as text) is null
                       or lower(p.given_name) like cast(:initial as text) || '%'
                       or dmetaphone(p.given_name) = dmetaphone(cast(:given as text))))
              or p.id = any(array(select n.person_id from support.person_name n
                           where lower(n.given_name || ' ' || n.family_name) % cast(:name as text)
                              or (dmetaphone(n.family_name) = dmetaphone(cast(:family as text))
                                  and (cast(:given as text) is null
                                       or lower(n.given_name) like cast(:initial as text) || '%'
                                       or dmetaphone(n.given_name) = dmetaphone(cast(:given as text)))))))
         and (cast(:dob as date) is null or p.date_of_birth = cast(:dob as date))
         and (cast(:postcode as text) is null or p.postcode = cast(:postcode as text))
         and (cast(:identifier as text) is null
              or p.nhs_number = cast(:identifier as text)
              or p.id = any(array(select r.person_id from support.member_reference r
                           where lower(r.reference) = lower(cast(:identifier as text)))))
       order by score desc, p.family_name, p.given_name, p.id
       limit :limit
      """;

  /*
   * Candidates: a similar name, the same date of birth (or with day and month swapped), or the same
   * NHS number. Scored: name up to 0.45 (a family name that only sounds the same counts as 0.5 of a
   * name), date of birth 0.3 (swapped 0.24), postcode 0.15; the same NHS number is a match on its
   * own; 0.45 or more is a likely match.
   *
   * Which candidates can reach 0.45 bounds the name search: without a date of birth or NHS number
   * in common, the most the rest adds is the postcode's 0.15, so the name (or a previous name) must
   * score at least (0.45 - 0.15) / 0.45 = 2/3. A family name that only sounds the same (0.225)
   * reaches 0.45 only with a date of birth in common, which is a candidate already. So the name
   * branch runs at a trigram threshold of 0.66 (SIMILAR_ENOUGH) rather than pg_trgm's 0.3, and
   * there is no sounds-alike branch: at 300,000 people the common family name "Wade" brought 4,504
   * sound-alike and 3,156 similar rows to score for a single match check (289 ms).
   */
  static final String SIMILAR_ENOUGH = "0.66";

  private static final String MATCHES =
      """
      select id, name_score, previous_score, family_sounds, dob_same, dob_swapped, postcode_same, nhs_same,
             0.45 * greatest(name_score, previous_score, case when family_sounds then 0.5 else 0 end)
             + case when dob_same then 0.3 when dob_swapped then 0.24 else 0 end
             + case when postcode_same then 0.15 else 0 end
             + case when nhs_same then 1 else 0 end as score
        from (
          select p.id,
                 similarity(lower(p.given_name || ' ' || p.family_name), cast(:name as text)) as name_score,
                 coalesce((select max(similarity(lower(n.given_name || ' ' || n.family_name), cast(:name as text)))
                             from support.person_name n where n.person_id = p.id), 0) as previous_score,
                 dmetaphone(p.family_name) = dmetaphone(cast(:family as text)) as family_sounds,
                 coalesce(p.date_of_birth = cast(:dob as date), false) as dob_same,
                 coalesce(p.date_of_birth = cast(:swapped as date), false) as dob_swapped,
                 coalesce(p.postcode = cast(:postcode as text), false) as postcode_same,
                 coalesce(p.nhs_number = cast(:nhs as text), false) as nhs_same
            from support.person p
           where p.merged_into is null
             and (lower(p.given_name || ' ' || p.family_name) % cast(:name as text)
                  or p.date_of_birth = cast(:dob as date)
                  or p.date_of_birth = cast(:swapped as date)
                  or p.nhs_number = cast(:nhs as text)
                  or p.id = any(array(select n.person_id from support.person_name n
                               where lower(n.given_name || ' ' || n.family_name) % cast(:name as text))))
        ) candidates
       where 0.45 * greatest(name_score, previous_score, case when family_sounds then 0.5 else 0 end)
             + case when dob_same then 0.3 when dob_swapped then 0.24 else 0 end
             + case when postcode_same then 0.15 else 0 end
             + case when nhs_same then 1 else 0 end >= 0.45
       order by score desc, id
       limit :limit
      """;

  private final JdbcClient jdbc;

  Finder(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Hit> search(SearchCriteria criteria) {
    if (criteria.empty()) {
      return List.of();
    }
    return jdbc.sql(SEARCH)
        .param("name", criteria.lowerName())
        .param("family", criteria.family())
        .param("given", criteria.given())
        .param("initial", criteria.initial())
        .param("dob", criteria.dateOfBirth() == null ? null : Date.valueOf(criteria.dateOfBirth()))
        .param("postcode", criteria.postcode())
        .param("identifier", criteria.identifier())
        .param("limit", MOST_RESULTS)
        .query(
            (rs, n) ->
                new Hit(rs.getObject("id", UUID.class), rs.getObject("merged_into", UUID.class)))
        .list();
  }

  /** In the caller's transaction: the trigram threshold is set for the match query alone. */
  List<LikelyMatch> likelyMatches(NewPerson person) {
    LocalDate dob = person.dateOfBirth();
    LocalDate swapped = swapped(dob);
    String before =
        jdbc.sql(
                "select coalesce(current_setting('pg_trgm.similarity_threshold', true), '0.3'),"
                    + " set_config('pg_trgm.similarity_threshold', :threshold, true)")
            .param("threshold", SIMILAR_ENOUGH)
            .query((rs, n) -> rs.getString(1))
            .single();
    try {
      return matches(person, dob, swapped);
    } finally {
      jdbc.sql("select set_config('pg_trgm.similarity_threshold', :before, true)")
          .param("before", before)
          .query(String.class)
          .single();
    }
  }

  private List<LikelyMatch> matches(NewPerson person, LocalDate dob, LocalDate swapped) {
    return jdbc.sql(MATCHES)
        .param(
            "name",
            (person.givenName() + " " + person.familyName()).toLowerCase(java.util.Locale.UK))
        .param("family", person.familyName())
        .param("dob", dob == null ? null : Date.valueOf(dob))
        .param("swapped", swapped == null ? null : Date.valueOf(swapped))
        .param("postcode", person.postcode())
        .param("nhs", person.nhsNumber())
        .param("limit", MOST_MATCHES)
        .query(
            (rs, n) -> {
              List<String> reasons = new ArrayList<>();
              if (rs.getBoolean("nhs_same")) {
                reasons.add("Same NHS number");
              }
              if (rs.getDouble("name_score") >= 0.99) {
                reasons.add("Same name");
              } else if (rs.getDouble("name_score") >= 0.3) {
                reasons.add("Similar name");
              } else if (rs.getBoolean("family_sounds")) {
                reasons.add("Last name sounds the same");
              }
              if (rs.getDouble("previous_score") >= 0.3) {
                reasons.add("Matches a previous name");
              }
              if (rs.getBoolean("dob_same")) {
                reasons.add("Same date of birth");
              } else if (rs.getBoolean("dob_swapped")) {
                reasons.add("Date of birth with day and month swapped");
              }
              if (rs.getBoolean("postcode_same")) {
                reasons.add("Same postcode");
              }
              return new LikelyMatch(rs.getObject("id", UUID.class), reasons);
            })
        .list();
  }

  /** 3 April as 4 March: the commonest slip in a typed date. None when both read the same. */
  static LocalDate swapped(LocalDate date) {
    if (date == null || date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
      return null;
    }
    try {
      return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  record LikelyMatch(UUID id, List<String> reasons) {}

  /** A record found by a search; {@code mergedInto} is set when it is a merged half. */
  record Hit(UUID id, UUID mergedInto) {}
}
