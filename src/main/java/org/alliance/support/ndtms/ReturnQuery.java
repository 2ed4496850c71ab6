package org.alliance.support.ndtms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.alliance.support.access.ReturnAccess;
import org.alliance.support.measure.NationalItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a member's return for a month as a stream of rows: one per person, episode and modality
 * active in the month (the episode alone while it has none), with the latest TOP asked at the
 * member in the month on every row of its episode. The rows come through a cursor (PostgreSQL
 * streams only inside a transaction, with a fetch size), so a month of any size is read in bounded
 * memory.
 */
@Component
class ReturnQuery {

  private static final int FETCH = 1000;

  private static final String SQL =
      """
      select e.id as episode_id, e.person_id, e.closed_on as episode_closed_on,
             n.episode_id is not null as has_details,
             n.referred_on, n.referral_source, n.triaged_on, n.care_plan_on,
             n.injecting_status, n.parental_status, n.discharged_on, n.discharge_reason,
             dormant.last_day as dormant_last_day,
             p.given_name, p.family_name, p.date_of_birth, p.postcode,
             c.consent, c.sex, c.ethnicity, c.sexuality,
             s1.substance as substance1, s1.age_first_used as substance1_age,
             s1.route as substance1_route, s2.substance as substance2, s3.substance as substance3,
             m.id as modality_id, m.modality, m.referred_on as modality_referred_on,
             m.first_offered_on, m.started_on, m.ended_on, m.exit_status, m.setting,
             top.top_id, top.top_version, top.top_stage, top.top_date, top.top_answers
        from support.episode e
        join support.person p on p.id = e.person_id
        left join support.ndtms_episode n on n.episode_id = e.id
      """
          + DormantDischarge.LATERAL
          + """
        left join support.ndtms_client c on c.person_id = e.person_id
        left join support.ndtms_substance s1 on s1.episode_id = n.episode_id and s1.rank = 1
        left join support.ndtms_substance s2 on s2.episode_id = n.episode_id and s2.rank = 2
        left join support.ndtms_substance s3 on s3.episode_id = n.episode_id and s3.rank = 3
        left join lateral (
              select * from support.ndtms_modality m
               where m.episode_id = n.episode_id and m.referred_on <= :end
                 and (m.ended_on is null or m.ended_on >= :start)) m on true
      """
          + NationalItems.LATEST_IN_MONTH
          + """
       where e.member_id = :member
         and coalesce(n.referred_on, n.triaged_on, e.opened_on) <= :end
         and case when n.episode_id is null then coalesce(e.closed_on, :end) >= :start
                  when n.discharged_on is not null then n.discharged_on >= :start
                  when dormant.last_day is not null
                    then dormant.last_day + cast(:dormantDays as integer) >= :start
                  else true end
       order by e.person_id, e.id, m.referred_on, m.id
      """;

  private final JdbcClient jdbc;
  private final NdtmsSettings settings;
  private final NationalItems nationalItems;

  ReturnQuery(JdbcClient jdbc, NdtmsSettings settings, NationalItems nationalItems) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.nationalItems = nationalItems;
  }

  /** Streams the rows to the consumer; call inside a transaction. */
  void stream(ReturnAccess access, String agency, YearMonth month, Consumer<ReturnRow> rows) {
    jdbc.sql(SQL)
        .withFetchSize(FETCH)
        .param("member", access.memberId())
        .param("start", month.atDay(1))
        .param("end", month.atEndOfMonth())
        .param("asOf", month.atEndOfMonth())
        .param("dormantDays", settings.dormantDays())
        .param("topMeasure", settings.topMeasure())
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler) rs -> rows.accept(row(rs, agency)));
  }

  private ReturnRow row(ResultSet rs, String agency) throws SQLException {
    Map<String, Object> v = new HashMap<>();
    UUID person = rs.getObject("person_id", UUID.class);
    UUID episode = rs.getObject("episode_id", UUID.class);
    UUID modality = rs.getObject("modality_id", UUID.class);
    String consent = rs.getString("consent");
    v.put("agency", agency);
    v.put("client_id", person);
    v.put("consent", consent == null ? null : "given".equals(consent) ? "Y" : "N");
    v.put("first_initial", initial(rs.getString("given_name")));
    v.put("family_initial", initial(rs.getString("family_name")));
    v.put("date_of_birth", rs.getObject("date_of_birth", LocalDate.class));
    v.put("sex", rs.getString("sex"));
    v.put("partial_postcode", partial(rs.getString("postcode")));
    v.put("ethnicity", rs.getString("ethnicity"));
    v.put("sexuality", rs.getString("sexuality"));
    boolean details = rs.getBoolean("has_details");
    v.put("episode_id", episode);
    v.put("referred_on", rs.getObject("referred_on", LocalDate.class));
    v.put("referral_source", rs.getString("referral_source"));
    v.put("triaged_on", rs.getObject("triaged_on", LocalDate.class));
    v.put("care_plan_on", rs.getObject("care_plan_on", LocalDate.class));
    v.put("substance1", rs.getString("substance1"));
    v.put("substance1_age", (Integer) rs.getObject("substance1_age"));
    v.put("substance1_route", rs.getString("substance1_route"));
    v.put("substance2", rs.getString("substance2"));
    v.put("substance3", rs.getString("substance3"));
    v.put("injecting_status", rs.getString("injecting_status"));
    v.put("parental_status", rs.getString("parental_status"));
    LocalDate discharged = rs.getObject("discharged_on", LocalDate.class);
    String reason = rs.getString("discharge_reason");
    LocalDate dormant = rs.getObject("dormant_last_day", LocalDate.class);
    boolean inferred = details && discharged == null && dormant != null;
    if (inferred) {
      discharged = dormant;
      reason = settings.dormantReason();
    }
    v.put("discharged_on", discharged);
    v.put("discharge_reason", reason);
    if (modality != null) {
      v.put("modality_id", modality);
      v.put("modality", rs.getString("modality"));
      LocalDate referred = rs.getObject("modality_referred_on", LocalDate.class);
      v.put("modality_referred_on", referred);
      v.put("modality_first_offered_on", rs.getObject("first_offered_on", LocalDate.class));
      LocalDate started = rs.getObject("started_on", LocalDate.class);
      v.put("modality_started_on", started);
      LocalDate ended = rs.getObject("ended_on", LocalDate.class);
      String exit = rs.getString("exit_status");
      if (inferred && ended == null) {
        // Dropped out of the episode: each open modality ended then too, unplanned; never before
        // it began (one started after the last attended contact ends the day it started).
        LocalDate began = started != null && started.isAfter(referred) ? started : referred;
        ended = began.isAfter(dormant) ? began : dormant;
        exit = settings.dormantModalityExit();
      }
      v.put("modality_ended_on", ended);
      v.put("modality_exit", exit);
      v.put("modality_setting", rs.getString("setting"));
    }
    UUID top = rs.getObject("top_id", UUID.class);
    Map<String, String> topItems = Map.of();
    if (top != null) {
      v.put("top_id", top);
      v.put("top_date", rs.getObject("top_date", LocalDate.class));
      String stage = rs.getString("top_stage");
      v.put("top_stage", settings.topStage(stage) == null ? stage : settings.topStage(stage));
      topItems =
          nationalItems.of(rs.getObject("top_version", UUID.class), rs.getString("top_answers"));
    }
    return new ReturnRow(
        person,
        episode,
        modality,
        v,
        topItems,
        "given".equals(consent),
        consent != null,
        details,
        rs.getObject("episode_closed_on", LocalDate.class),
        inferred);
  }

  /** The first letter of a name, upper case; none if the name has no letter. */
  static String initial(String name) {
    if (name == null) {
      return null;
    }
    int letter = name.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
    return letter < 0 ? null : new String(Character.toChars(letter)).toUpperCase(Locale.ROOT);
  }

  /** The postcode cut as configured, from its stored tidy form ("BK12AB"). */
  String partial(String tidy) {
    if (tidy == null || tidy.length() < 5) {
      return null;
    }
    String outward = tidy.substring(0, tidy.length() - 3);
    String inward = tidy.substring(tidy.length() - 3);
    return switch (settings.postcode()) {
      case SECTOR -> outward + " " + inward.charAt(0);
      case OUTWARD -> outward;
      case FULL -> outward + " " + inward;
    };
  }
}
