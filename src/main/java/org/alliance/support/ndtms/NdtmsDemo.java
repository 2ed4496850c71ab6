package org.alliance.support.ndtms;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.database.DatabaseMode;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, after the demo people (30): invented agency codes for the three treatment members,
 * NDTMS consent for most of their people (a few refused, a few never asked) and treatment details
 * with a modality on most of their episodes, so that {@code /ndtms} shows a real month with a few
 * rows rejected and why (no details recorded, no referral source, no main substance, no consent
 * answer). Values are picked from a hash of each id, so every demo load is the same.
 */
@Component
@Order(120)
class NdtmsDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(NdtmsDemo.class);

  /** Invented agency codes (real ones are a letter and four digits; these cannot be mistaken). */
  private static final Map<String, String> AGENCIES =
      Map.of(
          "Open Road Young People's Service", "DEMOYP",
          "Brackenshire Recovery Partnership", "DEMORP",
          "Brackenshire Health NHS Foundation Trust", "DEMOHT");

  private static final String YOUNG_PEOPLE = "Open Road Young People's Service";

  private final DatabaseMode mode;
  private final Organisations organisations;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  NdtmsDemo(
      DatabaseMode mode,
      Organisations organisations,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-ndtms'))")
              .query(Object.class)
              .single();
          boolean loaded =
              jdbc.sql("select exists (select 1 from support.ndtms_agency)")
                  .query(Boolean.class)
                  .single();
          if (loaded) {
            return;
          }
          List<Organisation> members =
              organisations.all().stream().filter(o -> AGENCIES.containsKey(o.name())).toList();
          for (Organisation member : members) {
            jdbc.sql("insert into support.ndtms_agency (member_id, agency_code) values (:m, :c)")
                .param("m", member.id())
                .param("c", AGENCIES.get(member.name()))
                .update();
            load(member.id(), member.name().equals(YOUNG_PEOPLE));
          }
          log.info("Loaded the demo NDTMS details for {} members", members.size());
        });
  }

  private void load(UUID member, boolean youngPeople) {
    jdbc.sql(
            """
            insert into support.ndtms_client
              (person_id, consent, consent_on, sex, ethnicity, sexuality, updated_by)
            select p.id, case when p.h < 14 then 'refused' else 'given' end,
                   cast(p.registered_at at time zone 'Europe/London' as date),
                   (array['M', 'F'])[1 + p.h % 2],
                   (array['A', 'A', 'A', 'A', 'C', 'H', 'J', 'M', 'N', 'D', 'Z'])[1 + p.h % 11],
                   (array['H', 'H', 'H', 'H', 'G', 'B', 'Z'])[1 + p.h % 7],
                   p.registered_by
              from (select p.*, abs(hashtext(cast(p.id as text))) % 100 as h
                      from support.person p
                     where exists (select 1 from support.episode e
                                    where e.person_id = p.id and e.member_id = :member)) p
             where p.h >= 8
            on conflict (person_id) do nothing
            """)
        .param("member", member)
        .update();
    jdbc.sql(
            """
            insert into support.ndtms_episode
              (episode_id, person_id, referred_on, referral_source, triaged_on, care_plan_on,
               injecting_status, parental_status, discharged_on, discharge_reason, updated_by)
            select e.id, e.person_id, e.opened_on - (e.h % 10),
                   case when e.h % 29 = 0 then null
                        else (array['XSELF', 'XGP', 'XCJ', 'XSOC', 'XEDU', 'XHOS', 'XTRT', 'XOTH'])[1 + e.h % 8] end,
                   e.opened_on,
                   case when e.opened_on + 14 <= coalesce(e.closed_on, current_date) then e.opened_on + 14 end,
                   (array['N', 'N', 'N', 'P', 'C', 'Z'])[1 + e.h % 6],
                   (array['14', '14', '14', '13', '11', '12', '15'])[1 + e.h % 7],
                   e.closed_on,
                   case when e.closed_on is null then null
                        else (array['80', '82', '85', '83', '81', '86'])[1 + e.h % 6] end,
                   e.opened_by
              from (select e.*, abs(hashtext(cast(e.id as text))) % 1000 as h
                      from support.episode e where e.member_id = :member) e
             where e.h % 23 <> 0
            """)
        .param("member", member)
        .update();
    String[] substances =
        youngPeople
            ? new String[] {"XCAN", "XCAN", "XALC", "XCAN", "XKET", "XCOC"}
            : new String[] {"XHER", "XALC", "XCRK", "XALC", "XHER", "XCOC"};
    jdbc.sql(
            """
            insert into support.ndtms_substance (episode_id, person_id, rank, substance, age_first_used, route)
            select n.episode_id, n.person_id, 1, (cast(:substances as text[]))[1 + n.h % 6],
                   13 + n.h % 9, (array['XSMK', 'XORL', 'XSMK', 'XINJ', 'XSNF'])[1 + n.h % 5]
              from (select n.*, abs(hashtext(cast(n.episode_id as text))) % 1000 as h
                      from support.ndtms_episode n
                      join support.episode e on e.id = n.episode_id and e.member_id = :member) n
             where n.h % 31 <> 0
            """)
        .param("substances", substances)
        .param("member", member)
        .update();
    String[] modalities =
        youngPeople
            ? new String[] {"XYPMOT", "XYPCBI", "XYPFAM"}
            : new String[] {"XPHSUB", "XPSY", "XREC"};
    jdbc.sql(
            """
            insert into support.ndtms_modality
              (episode_id, person_id, modality, referred_on, first_offered_on, started_on,
               ended_on, exit_status, setting, updated_by)
            select n.episode_id, n.person_id, (cast(:modalities as text[]))[1 + n.h % 3],
                   n.triaged_on, n.triaged_on + 3,
                   case when n.triaged_on + 7 <= coalesce(n.discharged_on, current_date)
                        then n.triaged_on + 7 end,
                   n.discharged_on,
                   case when n.discharged_on is null then null
                        when n.discharge_reason in ('80', '81', '82', '83') then 'A' else 'B' end,
                   'XCOM', n.updated_by
              from (select n.*, abs(hashtext(cast(n.episode_id as text))) % 1000 as h
                      from support.ndtms_episode n
                      join support.episode e on e.id = n.episode_id and e.member_id = :member) n
            """)
        .param("modalities", modalities)
        .param("member", member)
        .update();
  }
}
