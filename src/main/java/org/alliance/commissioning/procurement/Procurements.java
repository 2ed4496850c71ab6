package org.alliance.commissioning.procurement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Procurements: their set-up (stages, weighted questions, bidders, evaluators), the overview with
 * each stage's ranking from moderated scores, and the award decision with its standstill. Every
 * change is audited in its transaction. Scoring and moderation are {@link Evaluations}'.
 */
@Component
class Procurements {

  static final int TITLE_MAX = 200;
  static final BigDecimal HUNDRED = new BigDecimal("100");

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final UserAccounts users;

  Procurements(JdbcClient jdbc, AuditLog audit, UserAccounts users) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.users = users;
  }

  record Summary(
      UUID id,
      String title,
      String routeName,
      String regime,
      String contract,
      String status,
      LocalDate startsOn,
      int bidders) {

    public String statusText() {
      return Procurements.statusText(status);
    }

    public String regimeName() {
      return "psr".equals(regime) ? "Provider Selection Regime" : "Procurement Act 2023";
    }
  }

  record ContractOption(UUID id, String reference, String service) {
    public String label() {
      return reference + ": " + service;
    }
  }

  record Procurement(
      UUID id,
      String title,
      UUID contractId,
      String contract,
      String routeCode,
      String status,
      LocalDate startsOn,
      LocalDate awardDecidedOn,
      UUID awardedBidderId,
      String awardReason,
      int version) {

    public String statusText() {
      return Procurements.statusText(status);
    }
  }

  record Question(
      UUID id,
      UUID stageId,
      int position,
      String heading,
      String kind,
      Integer scaleMax,
      BigDecimal weight) {

    public boolean scored() {
      return "scored".equals(kind);
    }

    public String kindText() {
      return scored() ? "Scored 0 to " + scaleMax : "Pass or fail";
    }

    public String weightText() {
      return weight == null ? "" : Ranking.show(weight) + "%";
    }

    Ranking.Question forRanking() {
      return new Ranking.Question(id, heading, kind, scaleMax, weight);
    }
  }

  /**
   * @param ready whether evaluators may score: at least one question, and the scored weights total
   *     exactly 100%
   * @param scoring whether anyone has saved a score in the stage (its questions are then fixed)
   */
  record Stage(
      UUID id,
      int position,
      String name,
      List<Question> questions,
      BigDecimal weightTotal,
      boolean ready,
      boolean scoring,
      List<String> submittedBy,
      boolean moderationOpen,
      int moderated,
      int toModerate,
      List<Ranking.Place> ranking) {

    public String weightTotalText() {
      return Ranking.show(weightTotal) + "%";
    }

    public boolean hasScoredQuestions() {
      return questions.stream().anyMatch(Question::scored);
    }
  }

  record Bidder(UUID id, String name, String organisation) {}

  record Evaluator(UUID userId, String name, List<String> conflicts) {}

  record Candidate(UUID id, String name, String organisation) {}

  record Page(
      Procurement procurement,
      Route route,
      List<Stage> stages,
      List<Bidder> bidders,
      List<Evaluator> evaluators,
      List<Ranking.Exclusion> exclusions,
      Standstill.Period standstill,
      String standstillProblem,
      List<Candidate> candidates,
      boolean viewerEvaluates,
      String awardedBidder) {

    public boolean scoringBegun() {
      return stages.stream().anyMatch(Stage::scoring);
    }

    public List<Bidder> eligibleBidders() {
      Set<UUID> out = new HashSet<>();
      exclusions.forEach(e -> out.add(e.bidderId()));
      return bidders.stream().filter(b -> !out.contains(b.id())).toList();
    }
  }

  static String statusText(String status) {
    return switch (status) {
      case "award-decided" -> "Award decided";
      case "cancelled" -> "Cancelled";
      default -> "Open";
    };
  }

  // ---------------------------------------------------------------- reading

  List<Route> routes() {
    Map<String, List<Route.Heading>> headings = new HashMap<>();
    jdbc.sql(
            """
            select route_code, heading, weight from commissioning.procurement_route_heading
             order by route_code, position
            """)
        .query(
            (rs, n) ->
                headings
                    .computeIfAbsent(rs.getString("route_code"), k -> new ArrayList<>())
                    .add(new Route.Heading(rs.getString("heading"), rs.getBigDecimal("weight"))))
        .list();
    return jdbc.sql(
            """
            select code, regime, name, description, standstill, competitive
              from commissioning.procurement_route order by position
            """)
        .query(
            (rs, n) ->
                new Route(
                    rs.getString("code"),
                    rs.getString("regime"),
                    rs.getString("name"),
                    rs.getString("description"),
                    rs.getBoolean("standstill"),
                    rs.getBoolean("competitive"),
                    List.copyOf(headings.getOrDefault(rs.getString("code"), List.of()))))
        .list();
  }

  Route route(String code) {
    return routes().stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
  }

  List<Summary> list() {
    return jdbc.sql(
            """
            select p.id, p.title, r.name as route_name, r.regime, c.reference, p.status,
                   p.starts_on, (select count(*) from commissioning.bidder b
                                  where b.procurement_id = p.id) as bidders
              from commissioning.procurement p
              join commissioning.procurement_route r on r.code = p.route_code
              left join commissioning.contract c on c.id = p.contract_id
             order by p.starts_on desc, p.title
            """)
        .query(
            (rs, n) ->
                new Summary(
                    rs.getObject("id", UUID.class),
                    rs.getString("title"),
                    rs.getString("route_name"),
                    rs.getString("regime"),
                    rs.getString("reference"),
                    rs.getString("status"),
                    rs.getObject("starts_on", LocalDate.class),
                    rs.getInt("bidders")))
        .list();
  }

  List<ContractOption> contracts() {
    return jdbc.sql(
            "select id, reference, service from commissioning.contract order by reference limit 500")
        .query(
            (rs, n) ->
                new ContractOption(
                    rs.getObject("id", UUID.class),
                    rs.getString("reference"),
                    rs.getString("service")))
        .list();
  }

  Procurement procurement(UUID id) {
    return jdbc.sql(
            """
            select p.*, c.reference || ': ' || c.service as contract
              from commissioning.procurement p
              left join commissioning.contract c on c.id = p.contract_id
             where p.id = :id
            """)
        .param("id", id)
        .query(Procurements::procurementRow)
        .optional()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Procurement procurementRow(ResultSet rs, int n) throws SQLException {
    return new Procurement(
        rs.getObject("id", UUID.class),
        rs.getString("title"),
        rs.getObject("contract_id", UUID.class),
        rs.getString("contract"),
        rs.getString("route_code"),
        rs.getString("status"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("award_decided_on", LocalDate.class),
        rs.getObject("awarded_bidder_id", UUID.class),
        rs.getString("award_reason"),
        rs.getInt("version"));
  }

  List<Question> questions(UUID procurementId) {
    return jdbc.sql(
            """
            select q.id, q.stage_id, q.position, q.heading, q.kind, q.scale_max, q.weight
              from commissioning.tender_question q
              join commissioning.procurement_stage s on s.id = q.stage_id
             where s.procurement_id = :id
             order by s.position, q.position
            """)
        .param("id", procurementId)
        .query(
            (rs, n) ->
                new Question(
                    rs.getObject("id", UUID.class),
                    rs.getObject("stage_id", UUID.class),
                    rs.getInt("position"),
                    rs.getString("heading"),
                    rs.getString("kind"),
                    (Integer) rs.getObject("scale_max"),
                    rs.getBigDecimal("weight")))
        .list();
  }

  List<Bidder> bidders(UUID procurementId) {
    return jdbc.sql(
            """
            select id, name, organisation from commissioning.bidder
             where procurement_id = :id order by lower(name), id
            """)
        .param("id", procurementId)
        .query(
            (rs, n) ->
                new Bidder(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("organisation")))
        .list();
  }

  record StageRow(UUID id, int position, String name) {}

  List<StageRow> stageRows(UUID procurementId) {
    return jdbc.sql(
            """
            select id, position, name from commissioning.procurement_stage
             where procurement_id = :id order by position
            """)
        .param("id", procurementId)
        .query(
            (rs, n) ->
                new StageRow(
                    rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("name")))
        .list();
  }

  Panel panel(UUID procurementId) {
    Map<UUID, String> evaluators = new LinkedHashMap<>();
    jdbc.sql(
            """
            select user_id, name from commissioning.evaluator
             where procurement_id = :id order by assigned_at, name
            """)
        .param("id", procurementId)
        .query((rs, n) -> evaluators.put(rs.getObject("user_id", UUID.class), rs.getString("name")))
        .list();
    List<Panel.Declaration> declarations =
        jdbc.sql(
                """
                select user_id, bidder_id, conflicted, detail
                  from commissioning.conflict_declaration where procurement_id = :id
                """)
            .param("id", procurementId)
            .query(
                (rs, n) ->
                    new Panel.Declaration(
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("bidder_id", UUID.class),
                        rs.getBoolean("conflicted"),
                        rs.getString("detail")))
            .list();
    Map<UUID, Set<UUID>> submitted = new HashMap<>();
    jdbc.sql(
            """
            select e.stage_id, e.user_id from commissioning.evaluation_submission e
              join commissioning.procurement_stage s on s.id = e.stage_id
             where s.procurement_id = :id
            """)
        .param("id", procurementId)
        .query(
            (rs, n) ->
                submitted
                    .computeIfAbsent(rs.getObject("stage_id", UUID.class), k -> new HashSet<>())
                    .add(rs.getObject("user_id", UUID.class)))
        .list();
    return new Panel(evaluators, Panel.byKey(declarations), submitted);
  }

  /** Moderated scores of a procurement, by {@link Ranking#key}. */
  Map<String, Ranking.Moderated> moderated(UUID procurementId) {
    Map<String, Ranking.Moderated> moderated = new HashMap<>();
    jdbc.sql(
            """
            select m.question_id, m.bidder_id, m.score, m.passed, m.reason
              from commissioning.moderated_score m
              join commissioning.bidder b on b.id = m.bidder_id
             where b.procurement_id = :id
            """)
        .param("id", procurementId)
        .query(
            (rs, n) ->
                moderated.put(
                    Ranking.key(
                        rs.getObject("question_id", UUID.class),
                        rs.getObject("bidder_id", UUID.class)),
                    new Ranking.Moderated(
                        (Integer) rs.getObject("score"),
                        (Boolean) rs.getObject("passed"),
                        rs.getString("reason"))))
        .list();
    return moderated;
  }

  /** Stages in which someone has saved a score. */
  Set<UUID> stagesScored(UUID procurementId) {
    return new HashSet<>(
        jdbc.sql(
                """
                select distinct q.stage_id from commissioning.evaluation_score e
                  join commissioning.tender_question q on q.id = e.question_id
                  join commissioning.procurement_stage s on s.id = q.stage_id
                 where s.procurement_id = :id
                """)
            .param("id", procurementId)
            .query(UUID.class)
            .list());
  }

  static BigDecimal weightTotal(List<Question> questions) {
    return questions.stream()
        .filter(Question::scored)
        .map(Question::weight)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static boolean ready(List<Question> questions) {
    return !questions.isEmpty()
        && (questions.stream().noneMatch(Question::scored)
            || weightTotal(questions).compareTo(HUNDRED) == 0);
  }

  /**
   * Bidders out of the procurement: a moderated fail on any pass/fail question, with its reason.
   */
  static Map<UUID, Ranking.Exclusion> exclusions(
      List<StageRow> stages,
      List<Question> questions,
      List<Bidder> bidders,
      Map<String, Ranking.Moderated> moderated) {
    Map<UUID, String> stageNames = new HashMap<>();
    stages.forEach(s -> stageNames.put(s.id(), s.name()));
    Map<UUID, Ranking.Exclusion> out = new LinkedHashMap<>();
    for (Bidder bidder : bidders) {
      for (Question q : questions) {
        Ranking.Moderated m = moderated.get(Ranking.key(q.id(), bidder.id()));
        if (!q.scored() && m != null && Boolean.FALSE.equals(m.passed())) {
          out.putIfAbsent(
              bidder.id(),
              new Ranking.Exclusion(
                  bidder.id(),
                  bidder.name(),
                  stageNames.get(q.stageId()),
                  q.heading(),
                  m.reason()));
        }
      }
    }
    return out;
  }

  Map<UUID, Ranking.Exclusion> exclusions(UUID procurementId) {
    return exclusions(
        stageRows(procurementId),
        questions(procurementId),
        bidders(procurementId),
        moderated(procurementId));
  }

  @Transactional(readOnly = true)
  Page page(AllianceUser viewer, UUID id) {
    Procurement procurement = procurement(id);
    Route route = route(procurement.routeCode());
    List<StageRow> stageRows = stageRows(id);
    List<Question> questions = questions(id);
    List<Bidder> bidders = bidders(id);
    Panel panel = panel(id);
    Map<String, Ranking.Moderated> moderated = moderated(id);
    Set<UUID> scored = stagesScored(id);
    Map<UUID, Ranking.Exclusion> exclusions = exclusions(stageRows, questions, bidders, moderated);
    List<Ranking.Bidder> forRanking =
        bidders.stream().map(b -> new Ranking.Bidder(b.id(), b.name())).toList();
    List<Stage> stages = new ArrayList<>();
    for (StageRow row : stageRows) {
      List<Question> inStage =
          questions.stream().filter(q -> q.stageId().equals(row.id())).toList();
      int toModerate = 0;
      int done = 0;
      for (Question q : inStage) {
        for (Bidder b : bidders) {
          if (panel.scorersOf(b.id()).isEmpty() || exclusions.containsKey(b.id())) {
            continue;
          }
          toModerate++;
          if (moderated.containsKey(Ranking.key(q.id(), b.id()))) {
            done++;
          }
        }
      }
      List<String> submittedBy =
          panel.evaluators().entrySet().stream()
              .filter(e -> panel.submitted(row.id(), e.getKey()))
              .map(Map.Entry::getValue)
              .toList();
      stages.add(
          new Stage(
              row.id(),
              row.position(),
              row.name(),
              inStage,
              weightTotal(inStage),
              ready(inStage),
              scored.contains(row.id()),
              submittedBy,
              panel.everyoneSubmitted(row.id()),
              done,
              toModerate,
              Ranking.rank(
                  inStage.stream().map(Question::forRanking).toList(),
                  forRanking,
                  moderated,
                  exclusions)));
    }
    List<Evaluator> evaluators = new ArrayList<>();
    panel
        .evaluators()
        .forEach(
            (user, name) ->
                evaluators.add(
                    new Evaluator(
                        user,
                        name,
                        bidders.stream()
                            .filter(b -> panel.conflicted(user, b.id()))
                            .map(b -> b.name())
                            .toList())));
    Standstill.Period standstill = null;
    String standstillProblem = null;
    if (procurement.awardDecidedOn() != null && route.standstill()) {
      try {
        standstill = standstill(route, procurement.awardDecidedOn());
      } catch (ProcurementProblem problem) {
        standstillProblem = problem.getMessage();
      }
    }
    String awarded =
        bidders.stream()
            .filter(b -> b.id().equals(procurement.awardedBidderId()))
            .map(Bidder::name)
            .findFirst()
            .orElse(null);
    return new Page(
        procurement,
        route,
        stages,
        bidders,
        evaluators,
        List.copyOf(exclusions.values()),
        standstill,
        standstillProblem,
        candidates(panel),
        panel.isEvaluator(viewer.userId()),
        awarded);
  }

  private List<Candidate> candidates(Panel panel) {
    return users.all().stream()
        .filter(u -> u.enabled() && u.roles().contains(Role.COMMISSIONER))
        .filter(u -> !panel.isEvaluator(u.id()))
        .map(u -> new Candidate(u.id(), u.displayName(), u.organisationName()))
        .toList();
  }

  // ---------------------------------------------------------------- standstill

  /** The bank holidays, and the years the table covers. */
  private record Holidays(Map<LocalDate, String> days, Set<Integer> years) {}

  private Holidays holidays() {
    Map<LocalDate, String> days = new HashMap<>();
    Set<Integer> years = new HashSet<>();
    jdbc.sql("select day, name from commissioning.bank_holiday")
        .query(
            (rs, n) -> {
              LocalDate day = rs.getObject("day", LocalDate.class);
              years.add(day.getYear());
              return days.put(day, rs.getString("name"));
            })
        .list();
    return new Holidays(days, years);
  }

  /**
   * The standstill after an award decision on the route. Refused, not guessed, when the count would
   * run through a year whose bank holidays the table does not hold.
   */
  Standstill.Period standstill(Route route, LocalDate noticeOn) {
    Holidays holidays = holidays();
    Standstill.Period period = Standstill.of(route.regime(), noticeOn, holidays.days());
    for (int year = noticeOn.getYear(); year <= period.endsOn().getYear(); year++) {
      if (!holidays.years().contains(year)) {
        throw new ProcurementProblem(
            "decidedDay",
            "Alliance holds England's bank holidays for "
                + holidays.years().stream().min(Integer::compare).orElse(0)
                + " to "
                + holidays.years().stream().max(Integer::compare).orElse(0)
                + " only, so it cannot count a standstill in "
                + year);
      }
    }
    return period;
  }

  // ---------------------------------------------------------------- changes

  record NewProcurement(String title, UUID contractId, String routeCode, LocalDate startsOn) {}

  @Transactional
  UUID create(AllianceUser by, NewProcurement given) {
    Route route = route(given.routeCode());
    if (route == null) {
      throw new ProcurementProblem("route", "Choose the route the service is bought under");
    }
    if (given.contractId() != null
        && !jdbc.sql("select exists (select 1 from commissioning.contract where id = :id)")
            .param("id", given.contractId())
            .query(Boolean.class)
            .single()) {
      throw new ProcurementProblem("contract", "Choose one of the register's contracts, or none");
    }
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.procurement (title, contract_id, route_code, starts_on,
                  created_by)
                values (:title, :contract, :route, :starts, :by) returning id
                """)
            .param("title", given.title())
            .param("contract", given.contractId())
            .param("route", route.code())
            .param("starts", given.startsOn())
            .param("by", by.userId())
            .query(UUID.class)
            .single();
    UUID last = null;
    int position = 1;
    for (String stage : route.defaultStages()) {
      last = insertStage(id, position++, stage);
    }
    int q = 1;
    for (Route.Heading heading : route.headings()) {
      jdbc.sql(
              """
              insert into commissioning.tender_question (stage_id, position, heading, kind,
                scale_max, weight)
              values (:stage, :position, :heading, 'scored', 5, :weight)
              """)
          .param("stage", last)
          .param("position", q++)
          .param("heading", heading.heading())
          .param("weight", heading.weight())
          .update();
    }
    audit.record(
        AuditEntry.of("procurement.created", "procurement", id)
            .withDetail(route.name() + " (" + route.regime() + ")"));
    return id;
  }

  private UUID insertStage(UUID procurement, int position, String name) {
    return jdbc.sql(
            """
            insert into commissioning.procurement_stage (procurement_id, position, name)
            values (:p, :position, :name) returning id
            """)
        .param("p", procurement)
        .param("position", position)
        .param("name", name)
        .query(UUID.class)
        .single();
  }

  /** Locks the procurement's row for a change, and refuses changes once the award is decided. */
  private Procurement forChange(UUID id) {
    Procurement p =
        jdbc.sql(
                """
                select p.*, null as contract from commissioning.procurement p
                 where p.id = :id for update
                """)
            .param("id", id)
            .query(Procurements::procurementRow)
            .optional()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!"open".equals(p.status())) {
      throw new ProcurementProblem("status", "The award is decided: the procurement is closed");
    }
    return p;
  }

  @Transactional
  void addStage(UUID procurementId, String name) {
    forChange(procurementId);
    int next =
        jdbc.sql(
                """
                select coalesce(max(position), 0) + 1 from commissioning.procurement_stage
                 where procurement_id = :p
                """)
            .param("p", procurementId)
            .query(Integer.class)
            .single();
    UUID stage = insertStage(procurementId, next, name);
    audit.record(
        AuditEntry.of("procurement.stage-added", "procurement", procurementId)
            .withDetail("stage " + next + " " + stage));
  }

  record NewQuestion(
      UUID stageId, String heading, String kind, Integer scaleMax, BigDecimal weight) {}

  @Transactional
  void addQuestion(UUID procurementId, NewQuestion given) {
    forChange(procurementId);
    if (stageRows(procurementId).stream().noneMatch(s -> s.id().equals(given.stageId()))) {
      throw new ProcurementProblem("stage", "Choose one of this procurement's stages");
    }
    if (stagesScored(procurementId).contains(given.stageId())) {
      throw new ProcurementProblem(
          "heading", "Scoring has begun in this stage, so its questions cannot change");
    }
    List<Question> inStage =
        questions(procurementId).stream().filter(q -> q.stageId().equals(given.stageId())).toList();
    if ("scored".equals(given.kind())) {
      BigDecimal total = weightTotal(inStage).add(given.weight());
      if (total.compareTo(HUNDRED) > 0) {
        throw new ProcurementProblem(
            "weight",
            "The stage's scored weights would total "
                + Ranking.show(total)
                + "%: they must total 100%, so this weight can be at most "
                + Ranking.show(HUNDRED.subtract(weightTotal(inStage)))
                + "%");
      }
    }
    int next = inStage.stream().mapToInt(Question::position).max().orElse(0) + 1;
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.tender_question (stage_id, position, heading, kind,
                  scale_max, weight)
                values (:stage, :position, :heading, :kind, :scale, :weight) returning id
                """)
            .param("stage", given.stageId())
            .param("position", next)
            .param("heading", given.heading())
            .param("kind", given.kind())
            .param("scale", given.scaleMax())
            .param("weight", given.weight())
            .query(UUID.class)
            .single();
    audit.record(
        AuditEntry.of("procurement.question-added", "tender-question", id)
            .withDetail(
                "scored".equals(given.kind())
                    ? "scored 0 to " + given.scaleMax() + ", weight " + given.weight() + "%"
                    : "pass or fail"));
  }

  @Transactional
  void removeQuestion(UUID procurementId, UUID questionId) {
    forChange(procurementId);
    Question question =
        questions(procurementId).stream()
            .filter(q -> q.id().equals(questionId))
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (stagesScored(procurementId).contains(question.stageId())) {
      throw new ProcurementProblem(
          "heading", "Scoring has begun in this stage, so its questions cannot change");
    }
    jdbc.sql("delete from commissioning.tender_question where id = :id")
        .param("id", questionId)
        .update();
    audit.record(
        AuditEntry.of("procurement.question-removed", "tender-question", questionId)
            .withDetail(question.heading()));
  }

  @Transactional
  void addBidder(UUID procurementId, String name, String organisation) {
    forChange(procurementId);
    if (!stagesScored(procurementId).isEmpty()) {
      throw new ProcurementProblem(
          "bidderName", "Scoring has begun, so no more bidders can be added");
    }
    if (bidders(procurementId).stream().anyMatch(b -> b.name().equalsIgnoreCase(name))) {
      throw new ProcurementProblem("bidderName", "There is already a bidder of that name");
    }
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.bidder (procurement_id, name, organisation)
                values (:p, :name, :organisation) returning id
                """)
            .param("p", procurementId)
            .param("name", name)
            .param("organisation", organisation)
            .query(UUID.class)
            .single();
    audit.record(AuditEntry.of("procurement.bidder-added", "bidder", id).withDetail(name));
  }

  @Transactional
  void addEvaluator(UUID procurementId, UUID userId) {
    forChange(procurementId);
    UserAccount account =
        users
            .find(userId)
            .filter(u -> u.enabled() && u.roles().contains(Role.COMMISSIONER))
            .orElseThrow(
                () ->
                    new ProcurementProblem(
                        "evaluator", "Choose a commissioner to evaluate this procurement"));
    int added =
        jdbc.sql(
                """
                insert into commissioning.evaluator (procurement_id, user_id, name)
                values (:p, :user, :name) on conflict do nothing
                """)
            .param("p", procurementId)
            .param("user", account.id())
            .param("name", account.displayName())
            .update();
    if (added == 0) {
      throw new ProcurementProblem("evaluator", account.displayName() + " already evaluates it");
    }
    audit.record(
        AuditEntry.of("procurement.evaluator-assigned", "procurement", procurementId)
            .withDetail(account.username()));
  }

  record AwardDecision(UUID bidderId, LocalDate decidedOn, String reason, int version) {}

  @Transactional
  void decideAward(UUID procurementId, AwardDecision given) {
    Procurement p = forChange(procurementId);
    if (p.version() != given.version()) {
      throw new ProcurementProblem(
          "awardBidder",
          "This procurement changed since you opened it: check it below and try again");
    }
    List<Bidder> bidders = bidders(procurementId);
    Bidder bidder =
        bidders.stream()
            .filter(b -> b.id().equals(given.bidderId()))
            .findFirst()
            .orElseThrow(() -> new ProcurementProblem("awardBidder", "Choose one of the bidders"));
    Map<UUID, Ranking.Exclusion> out =
        exclusions(
            stageRows(procurementId), questions(procurementId), bidders, moderated(procurementId));
    if (out.containsKey(bidder.id())) {
      throw new ProcurementProblem(
          "awardBidder",
          bidder.name() + " failed " + out.get(bidder.id()).question() + " and is out");
    }
    Route route = route(p.routeCode());
    if (route.standstill()) {
      standstill(route, given.decidedOn()); // refuses a date whose holidays are not known
    }
    jdbc.sql(
            """
            update commissioning.procurement
               set status = 'award-decided', award_decided_on = :on, awarded_bidder_id = :bidder,
                   award_reason = :reason, version = version + 1, updated_at = now()
             where id = :id and version = :version
            """)
        .param("on", given.decidedOn())
        .param("bidder", bidder.id())
        .param("reason", given.reason())
        .param("id", procurementId)
        .param("version", given.version())
        .update();
    audit.record(
        AuditEntry.of("procurement.award-decided", "procurement", procurementId)
            .withReason(given.reason())
            .withDetail(bidder.name() + ", decided " + given.decidedOn()));
  }
}
