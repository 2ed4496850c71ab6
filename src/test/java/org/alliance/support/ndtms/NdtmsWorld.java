package org.alliance.support.ndtms;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.OrganisationDetails;
import org.alliance.organisation.OrganisationType;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A treatment member of its own ("Zq NDTMS member", agency ZQ001), with a practitioner and a data
 * lead, and people with NDTMS details written straight into the tables with the dates a test needs,
 * so that its return holds only what the test made.
 */
final class NdtmsWorld {

  static final String PASSWORD = "correct horse battery";

  final JdbcClient jdbc;
  final Organisation member;
  final UserAccount practitioner;
  final UserAccount dataLead;

  NdtmsWorld(JdbcClient jdbc, UserAccounts users, Organisations organisations, String suffix) {
    this.jdbc = jdbc;
    this.member =
        organisations.create(
            new OrganisationDetails(
                "Zq NDTMS member " + suffix,
                OrganisationType.CHARITY,
                Relationship.MEMBER,
                null,
                null,
                null),
            true);
    jdbc.sql("insert into support.ndtms_agency (member_id, agency_code) values (:m, :c)")
        .param("m", member.id())
        .param("c", "ZQ" + suffix)
        .update();
    this.practitioner = user(users, Role.PRACTITIONER, "zq-ndtms-p-" + suffix);
    this.dataLead = user(users, Role.DATA_LEAD, "zq-ndtms-d-" + suffix);
  }

  private UserAccount user(UserAccounts users, Role role, String username) {
    UserAccount account =
        users.create(
            new NewUser(username, "Zq " + username, null, member.id(), Set.of(role), PASSWORD),
            true);
    users.markAsDemoAccount(account.id());
    return account;
  }

  UUID person(String given, String family, LocalDate born, String postcode) {
    UUID id =
        jdbc.sql(
                """
                insert into support.person (given_name, family_name, date_of_birth, postcode,
                                            registered_by_member, registered_by)
                values (:given, :family, :born, :postcode, :member, :user) returning id
                """)
            .param("given", given)
            .param("family", family)
            .param("born", born == null ? null : Date.valueOf(born))
            .param("postcode", postcode)
            .param("member", member.id())
            .param("user", practitioner.id())
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            insert into support.access_grant (person_id, kind, member_id, labels, status, starts_at)
            values (:person, 'standard', :member, '{}', 'active', now() - interval '1 day')
            """)
        .param("person", id)
        .param("member", member.id())
        .update();
    return id;
  }

  void client(UUID person, String consent, String sex, String ethnicity) {
    jdbc.sql(
            """
            insert into support.ndtms_client (person_id, consent, consent_on, sex, ethnicity, updated_by)
            values (:person, :consent, date '2025-01-01', :sex, :ethnicity, :by)
            """)
        .param("person", person)
        .param("consent", consent)
        .param("sex", sex)
        .param("ethnicity", ethnicity)
        .param("by", practitioner.id())
        .update();
  }

  UUID episode(UUID person, UUID atMember, LocalDate opened, LocalDate closed) {
    return jdbc.sql(
            """
            insert into support.episode (person_id, member_id, opened_on, open_reason, opened_by,
                                         closed_on, close_reason, closed_by)
            values (:person, :member, :opened, 'Zq test', :by, :closed,
                    case when cast(:closed as date) is null then null else 'Zq closed' end,
                    case when cast(:closed as date) is null then null else cast(:by as uuid) end)
            returning id
            """)
        .param("person", person)
        .param("member", atMember)
        .param("opened", opened)
        .param("closed", closed)
        .param("by", practitioner.id())
        .query(UUID.class)
        .single();
  }

  /** Treatment details: referred two days before triage; a full set of start codes. */
  void treatment(
      UUID episode, UUID person, LocalDate triaged, LocalDate discharged, String reason) {
    jdbc.sql(
            """
            insert into support.ndtms_episode
              (episode_id, person_id, referred_on, referral_source, triaged_on, care_plan_on,
               injecting_status, parental_status, discharged_on, discharge_reason, updated_by)
            values (:episode, :person, cast(:triaged as date) - 2, 'XGP', :triaged,
                    cast(:triaged as date) + 7, 'N', '14', :discharged, :reason, :by)
            """)
        .param("episode", episode)
        .param("person", person)
        .param("triaged", triaged)
        .param("discharged", discharged)
        .param("reason", reason)
        .param("by", practitioner.id())
        .update();
  }

  void substance(UUID episode, UUID person, int rank, String code, Integer age, String route) {
    jdbc.sql(
            """
            insert into support.ndtms_substance (episode_id, person_id, rank, substance, age_first_used, route)
            values (:episode, :person, :rank, :code, :age, :route)
            """)
        .param("episode", episode)
        .param("person", person)
        .param("rank", rank)
        .param("code", code)
        .param("age", age)
        .param("route", route)
        .update();
  }

  UUID modality(
      UUID episode,
      UUID person,
      String code,
      LocalDate referred,
      LocalDate offered,
      LocalDate started,
      LocalDate ended,
      String exit) {
    return jdbc.sql(
            """
            insert into support.ndtms_modality
              (episode_id, person_id, modality, referred_on, first_offered_on, started_on, ended_on,
               exit_status, setting, updated_by)
            values (:episode, :person, :code, :referred, :offered, :started, :ended, :exit, 'XCOM', :by)
            returning id
            """)
        .param("episode", episode)
        .param("person", person)
        .param("code", code)
        .param("referred", referred)
        .param("offered", offered)
        .param("started", started)
        .param("ended", ended)
        .param("exit", exit)
        .param("by", practitioner.id())
        .query(UUID.class)
        .single();
  }

  void attended(UUID person, LocalDate day) {
    jdbc.sql(
            """
            insert into support.contact (person_id, member_id, worker_id, mode, happens_at, outcome, recorded_by)
            values (:person, :member, :worker, 'face-to-face',
                    cast(:day as date) + time '11:00', 'attended', :worker)
            """)
        .param("person", person)
        .param("member", member.id())
        .param("worker", practitioner.id())
        .param("day", day)
        .update();
  }

  /** The member's return for the month as NDTMS would get it, by client id. */
  Map<UUID, CSVRecord> extract(NationalReturn returns, YearMonth month, Writer report)
      throws IOException {
    StringWriter csv = new StringWriter();
    returns.export(List.of(member.id()), month, csv, report, "zq-test");
    return rows(csv.toString());
  }

  /** A CSV extract's rows by client id, the header checked by name. */
  static Map<UUID, CSVRecord> rows(String csv) throws IOException {
    Map<UUID, CSVRecord> rows = new LinkedHashMap<>();
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      for (CSVRecord row : parser) {
        rows.put(UUID.fromString(row.get("CLIENTID")), row);
      }
    }
    return rows;
  }
}
