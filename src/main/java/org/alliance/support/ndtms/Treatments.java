package org.alliance.support.ndtms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.organisation.Organisations;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.access.Practitioner;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a record holds for the national return, read and changed through {@link PersonAccess}: the
 * person's NDTMS consent and client items (anyone who may open the record), and an episode's
 * treatment details and modalities (the episode's own member, or the person's team). Every change
 * is audited and checked against the version the form was opened on.
 */
@Component
class Treatments {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final PersonAccess access;
  private final People people;
  private final Organisations organisations;
  private final CodeLists codeLists;
  private final NdtmsSettings settings;

  Treatments(
      JdbcClient jdbc,
      AuditLog audit,
      PersonAccess access,
      People people,
      Organisations organisations,
      CodeLists codeLists,
      NdtmsSettings settings) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.access = access;
    this.people = people;
    this.organisations = organisations;
    this.codeLists = codeLists;
    this.settings = settings;
  }

  CodeBook book() {
    return codeLists.book();
  }

  // The person's NDTMS consent and client items.

  @Transactional
  Pages.Client client(Practitioner viewer, UUID personId) {
    RecordAccess opened = access.open(viewer, personId, "NDTMS details");
    ClientDetails saved = savedClient(personId).orElse(null);
    CodeBook book = codeLists.book();
    LocalDate today = today();
    Map<String, List<Code>> codes = new HashMap<>();
    codes.put("SEX", Pages.options(book, "SEX", today, saved == null ? null : saved.sex()));
    codes.put(
        "ETHNIC", Pages.options(book, "ETHNIC", today, saved == null ? null : saved.ethnicity()));
    codes.put(
        "SEXUAL", Pages.options(book, "SEXUAL", today, saved == null ? null : saved.sexuality()));
    return new Pages.Client(opened, people.find(opened), saved, codes);
  }

  @Transactional
  void saveClient(Practitioner viewer, UUID personId, ClientDetails details, int version) {
    access.open(viewer, personId, "changing NDTMS details");
    int changed;
    if (version == Versions.NEW) {
      changed =
          jdbc.sql(
                  """
                  insert into support.ndtms_client
                    (person_id, consent, consent_on, sex, ethnicity, sexuality, updated_by)
                  values (:person, :consent, :on, :sex, :ethnicity, :sexuality, :by)
                  on conflict (person_id) do nothing
                  """)
              .param("person", personId)
              .param("consent", details.consent())
              .param("on", details.consentOn())
              .param("sex", details.sex())
              .param("ethnicity", details.ethnicity())
              .param("sexuality", details.sexuality())
              .param("by", viewer.userId())
              .update();
    } else {
      changed =
          jdbc.sql(
                  """
                  update support.ndtms_client
                     set consent = :consent, consent_on = :on, sex = :sex, ethnicity = :ethnicity,
                         sexuality = :sexuality, updated_by = :by, updated_at = now(),
                         version = version + 1
                   where person_id = :person and version = :version
                  """)
              .param("person", personId)
              .param("consent", details.consent())
              .param("on", details.consentOn())
              .param("sex", details.sex())
              .param("ethnicity", details.ethnicity())
              .param("sexuality", details.sexuality())
              .param("by", viewer.userId())
              .param("version", version)
              .update();
    }
    if (changed == 0) {
      throw new Stale();
    }
    audit.record(
        AuditEntry.of("person.ndtms-client.changed", "person", personId)
            .concerning(personId)
            .withDetail("NDTMS consent " + details.consent()));
  }

  Optional<ClientDetails> savedClient(UUID personId) {
    return jdbc.sql("select * from support.ndtms_client where person_id = :person")
        .param("person", personId)
        .query(
            (rs, n) ->
                new ClientDetails(
                    rs.getString("consent"),
                    rs.getObject("consent_on", LocalDate.class),
                    rs.getString("sex"),
                    rs.getString("ethnicity"),
                    rs.getString("sexuality"),
                    rs.getInt("version")))
        .optional();
  }

  // An episode's treatment details.

  @Transactional
  Pages.Episode episode(Practitioner viewer, UUID personId, UUID episodeId) {
    RecordAccess opened = access.open(viewer, personId, "NDTMS treatment details");
    EpisodeFacts episode = facts(personId, episodeId);
    TreatmentDetails saved = savedTreatment(episodeId).orElse(null);
    CodeBook book = codeLists.book();
    LocalDate today = today();
    LocalDate start = saved == null || saved.startedOn() == null ? today : saved.startedOn();
    Map<String, List<Code>> codes = new HashMap<>();
    codes.put(
        "RFLS", Pages.options(book, "RFLS", start, get(saved, TreatmentDetails::referralSource)));
    codes.put("DRUG", Pages.options(book, "DRUG", start, get(saved, TreatmentDetails::substance1)));
    codes.put(
        "ROUTE",
        Pages.options(book, "ROUTE", start, get(saved, TreatmentDetails::substance1Route)));
    codes.put(
        "INJSTAT",
        Pages.options(book, "INJSTAT", start, get(saved, TreatmentDetails::injectingStatus)));
    codes.put(
        "PRNTSTAT",
        Pages.options(book, "PRNTSTAT", start, get(saved, TreatmentDetails::parentalStatus)));
    LocalDate discharged =
        saved == null || saved.dischargedOn() == null ? today : saved.dischargedOn();
    codes.put(
        "DISRSN",
        Pages.options(book, "DISRSN", discharged, get(saved, TreatmentDetails::dischargeReason)));
    List<Modality> modalities = modalities(episodeId);
    Map<String, String> labels = new LinkedHashMap<>();
    for (String list :
        List.of(
            "RFLS",
            "DRUG",
            "ROUTE",
            "INJSTAT",
            "PRNTSTAT",
            "DISRSN",
            "MODAL",
            "MODSET",
            "MODEXIT")) {
      for (Code code : book.all(list)) {
        labels.put(list + ":" + code.code(), code.display());
      }
    }
    LocalDate dormant =
        saved == null || saved.dischargedOn() != null ? null : dormantSince(episodeId, today);
    return new Pages.Episode(
        opened,
        people.find(opened),
        episode,
        saved,
        modalities,
        dormant,
        settings.dormantReason(),
        codes,
        labels);
  }

  @Transactional
  void saveTreatment(
      Practitioner viewer, UUID personId, UUID episodeId, TreatmentDetails details, int version) {
    RecordAccess opened = access.open(viewer, personId, "changing NDTMS treatment details");
    EpisodeFacts episode = facts(personId, episodeId);
    mayChange(viewer, opened, episode, "referredDay");
    if (details.referredOn().isBefore(episode.openedOn().minusYears(1))) {
      throw new NdtmsProblem(
          "referredDay",
          "The referral must be within a year before the episode opened on " + episode.openedOn());
    }
    int changed;
    if (version == Versions.NEW) {
      changed =
          jdbc.sql(
                  """
                  insert into support.ndtms_episode
                    (episode_id, person_id, referred_on, referral_source, triaged_on, care_plan_on,
                     injecting_status, parental_status, discharged_on, discharge_reason, updated_by)
                  values (:episode, :person, :referred, :source, :triaged, :carePlan,
                          :injecting, :parental, :discharged, :reason, :by)
                  on conflict (episode_id) do nothing
                  """)
              .params(treatmentParams(episodeId, personId, details, viewer, version))
              .update();
    } else {
      changed =
          jdbc.sql(
                  """
                  update support.ndtms_episode
                     set referred_on = :referred, referral_source = :source, triaged_on = :triaged,
                         care_plan_on = :carePlan, injecting_status = :injecting,
                         parental_status = :parental, discharged_on = :discharged,
                         discharge_reason = :reason, updated_by = :by, updated_at = now(),
                         version = version + 1
                   where episode_id = :episode and person_id = :person and version = :version
                  """)
              .params(treatmentParams(episodeId, personId, details, viewer, version))
              .update();
    }
    if (changed == 0) {
      throw new Stale();
    }
    jdbc.sql("delete from support.ndtms_substance where episode_id = :episode")
        .param("episode", episodeId)
        .update();
    String[] substances = {details.substance1(), details.substance2(), details.substance3()};
    int rank = 0;
    for (String substance : substances) {
      if (substance == null) {
        continue;
      }
      rank++;
      jdbc.sql(
              """
              insert into support.ndtms_substance (episode_id, person_id, rank, substance, age_first_used, route)
              values (:episode, :person, :rank, :substance, :age, :route)
              """)
          .param("episode", episodeId)
          .param("person", personId)
          .param("rank", rank)
          .param("substance", substance)
          .param(
              "age",
              rank == 1 && substance.equals(details.substance1()) ? details.substance1Age() : null)
          .param(
              "route",
              rank == 1 && substance.equals(details.substance1())
                  ? details.substance1Route()
                  : null)
          .update();
    }
    audit.record(
        AuditEntry.of("person.ndtms-episode.changed", "episode", episodeId)
            .concerning(personId)
            .withDetail(
                details.dischargedOn() == null
                    ? "treatment details"
                    : "treatment details; discharged"));
  }

  private static Map<String, Object> treatmentParams(
      UUID episodeId, UUID personId, TreatmentDetails d, Practitioner viewer, int version) {
    Map<String, Object> p = new HashMap<>();
    p.put("episode", episodeId);
    p.put("person", personId);
    p.put("referred", d.referredOn());
    p.put("source", d.referralSource());
    p.put("triaged", d.triagedOn());
    p.put("carePlan", d.carePlanOn());
    p.put("injecting", d.injectingStatus());
    p.put("parental", d.parentalStatus());
    p.put("discharged", d.dischargedOn());
    p.put("reason", d.dischargeReason());
    p.put("by", viewer.userId());
    p.put("version", version);
    return p;
  }

  Optional<TreatmentDetails> savedTreatment(UUID episodeId) {
    return jdbc.sql(
            """
            select n.*, s1.substance as substance1, s1.age_first_used, s1.route,
                   s2.substance as substance2, s3.substance as substance3
              from support.ndtms_episode n
              left join support.ndtms_substance s1 on s1.episode_id = n.episode_id and s1.rank = 1
              left join support.ndtms_substance s2 on s2.episode_id = n.episode_id and s2.rank = 2
              left join support.ndtms_substance s3 on s3.episode_id = n.episode_id and s3.rank = 3
             where n.episode_id = :episode
            """)
        .param("episode", episodeId)
        .query(
            (rs, n) ->
                new TreatmentDetails(
                    rs.getObject("referred_on", LocalDate.class),
                    rs.getString("referral_source"),
                    rs.getObject("triaged_on", LocalDate.class),
                    rs.getObject("care_plan_on", LocalDate.class),
                    rs.getString("substance1"),
                    (Integer) rs.getObject("age_first_used"),
                    rs.getString("route"),
                    rs.getString("substance2"),
                    rs.getString("substance3"),
                    rs.getString("injecting_status"),
                    rs.getString("parental_status"),
                    rs.getObject("discharged_on", LocalDate.class),
                    rs.getString("discharge_reason"),
                    rs.getInt("version")))
        .optional();
  }

  /** The last attended contact before the person went quiet, if the return counts them dormant. */
  private LocalDate dormantSince(UUID episodeId, LocalDate today) {
    return jdbc.sql(
            "select dormant.last_day from support.episode e"
                + " join support.ndtms_episode n on n.episode_id = e.id "
                + DormantDischarge.LATERAL
                + " where e.id = :episode")
        .param("episode", episodeId)
        .param("asOf", today)
        .param("dormantDays", settings.dormantDays())
        .query(LocalDate.class)
        .optional()
        .orElse(null);
  }

  // Modalities.

  @Transactional
  Pages.ModalityPage modality(Practitioner viewer, UUID personId, UUID episodeId, UUID modalityId) {
    RecordAccess opened = access.open(viewer, personId, "NDTMS modality");
    EpisodeFacts episode = facts(personId, episodeId);
    Modality saved =
        modalityId == null
            ? null
            : findModality(episodeId, modalityId).orElseThrow(NoSuchRecord::new);
    CodeBook book = codeLists.book();
    LocalDate today = today();
    LocalDate on =
        saved == null ? today : saved.startedOn() != null ? saved.startedOn() : saved.referredOn();
    Map<String, List<Code>> codes = new HashMap<>();
    codes.put("MODAL", Pages.options(book, "MODAL", on, saved == null ? null : saved.modality()));
    codes.put("MODSET", Pages.options(book, "MODSET", on, saved == null ? null : saved.setting()));
    codes.put(
        "MODEXIT",
        Pages.options(
            book,
            "MODEXIT",
            saved == null || saved.endedOn() == null ? today : saved.endedOn(),
            saved == null ? null : saved.exitStatus()));
    return new Pages.ModalityPage(opened, people.find(opened), episode, saved, codes);
  }

  @Transactional
  UUID saveModality(
      Practitioner viewer,
      UUID personId,
      UUID episodeId,
      UUID modalityId,
      Modality details,
      int version) {
    RecordAccess opened = access.open(viewer, personId, "changing an NDTMS modality");
    EpisodeFacts episode = facts(personId, episodeId);
    mayChange(viewer, opened, episode, "modality");
    if (savedTreatment(episodeId).isEmpty()) {
      throw new NdtmsProblem(
          "modality", "Record the episode's treatment details first, then its modalities");
    }
    Map<String, Object> p = new HashMap<>();
    p.put("episode", episodeId);
    p.put("person", personId);
    p.put("modality", details.modality());
    p.put("referred", details.referredOn());
    p.put("offered", details.firstOfferedOn());
    p.put("started", details.startedOn());
    p.put("ended", details.endedOn());
    p.put("exit", details.exitStatus());
    p.put("setting", details.setting());
    p.put("by", viewer.userId());
    UUID id;
    if (modalityId == null) {
      id =
          jdbc.sql(
                  """
                  insert into support.ndtms_modality
                    (episode_id, person_id, modality, referred_on, first_offered_on, started_on,
                     ended_on, exit_status, setting, updated_by)
                  values (:episode, :person, :modality, :referred, :offered, :started, :ended,
                          :exit, :setting, :by)
                  returning id
                  """)
              .params(p)
              .query(UUID.class)
              .single();
    } else {
      p.put("id", modalityId);
      p.put("version", version);
      int changed =
          jdbc.sql(
                  """
                  update support.ndtms_modality
                     set modality = :modality, referred_on = :referred, first_offered_on = :offered,
                         started_on = :started, ended_on = :ended, exit_status = :exit,
                         setting = :setting, updated_by = :by, updated_at = now(),
                         version = version + 1
                   where id = :id and episode_id = :episode and person_id = :person
                     and version = :version
                  """)
              .params(p)
              .update();
      if (changed == 0) {
        findModality(episodeId, modalityId).orElseThrow(NoSuchRecord::new);
        throw new Stale();
      }
      id = modalityId;
    }
    audit.record(
        AuditEntry.of("person.ndtms-modality.changed", "ndtms-modality", id)
            .concerning(personId)
            .withDetail("modality " + details.modality()));
    return id;
  }

  List<Modality> modalities(UUID episodeId) {
    return jdbc.sql(
            "select * from support.ndtms_modality where episode_id = :episode"
                + " order by referred_on, id")
        .param("episode", episodeId)
        .query(Treatments::modality)
        .list();
  }

  Optional<Modality> findModality(UUID episodeId, UUID modalityId) {
    return jdbc.sql("select * from support.ndtms_modality where id = :id and episode_id = :episode")
        .param("id", modalityId)
        .param("episode", episodeId)
        .query(Treatments::modality)
        .optional();
  }

  private static Modality modality(ResultSet rs, int n) throws SQLException {
    return new Modality(
        rs.getObject("id", UUID.class),
        rs.getString("modality"),
        rs.getObject("referred_on", LocalDate.class),
        rs.getObject("first_offered_on", LocalDate.class),
        rs.getObject("started_on", LocalDate.class),
        rs.getObject("ended_on", LocalDate.class),
        rs.getString("exit_status"),
        rs.getString("setting"),
        rs.getInt("version"));
  }

  /** The episode, which must be the person's; anything else is a record that does not exist. */
  EpisodeFacts facts(UUID personId, UUID episodeId) {
    return jdbc.sql(
            "select id, member_id, opened_on, closed_on from support.episode"
                + " where id = :id and person_id = :person")
        .param("id", episodeId)
        .param("person", personId)
        .query(
            (rs, n) -> {
              UUID member = rs.getObject("member_id", UUID.class);
              return new EpisodeFacts(
                  rs.getObject("id", UUID.class),
                  member,
                  organisations.name(member).orElse("a former member"),
                  rs.getObject("opened_on", LocalDate.class),
                  rs.getObject("closed_on", LocalDate.class));
            })
        .optional()
        .orElseThrow(NoSuchRecord::new);
  }

  /** An episode's return is its member's: its own staff, or the person's team, change it. */
  private static void mayChange(
      Practitioner viewer, RecordAccess opened, EpisodeFacts episode, String field) {
    if (!episode.memberId().equals(viewer.memberId()) && !opened.team()) {
      throw new NdtmsProblem(
          field, "Only " + episode.member() + " or the person's own team can change this");
    }
  }

  private static <T> String get(T saved, java.util.function.Function<T, String> field) {
    return saved == null ? null : field.apply(saved);
  }

  private static LocalDate today() {
    return LocalDate.now(PersonAccess.UK);
  }
}
