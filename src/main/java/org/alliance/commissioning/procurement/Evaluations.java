package org.alliance.commissioning.procurement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.commissioning.procurement.Procurements.Bidder;
import org.alliance.commissioning.procurement.Procurements.Procurement;
import org.alliance.commissioning.procurement.Procurements.Question;
import org.alliance.commissioning.procurement.Procurements.StageRow;
import org.alliance.identity.AllianceUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Evaluation: each evaluator declares about each bidder, scores alone and submits a stage; once
 * everyone has submitted it, the stage is moderated to consensus scores with their reasons. Who may
 * do what is {@link Panel}'s to say; every write asks it again, so a form posted by hand gets no
 * further than the page would have let it. Scores are never shown to anyone but their author before
 * moderation opens.
 */
@Component
class Evaluations {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Procurements procurements;

  Evaluations(JdbcClient jdbc, AuditLog audit, Procurements procurements) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.procurements = procurements;
  }

  /** One answer to a question, as given: a score for a scored question, or pass/fail. */
  record Answer(Integer score, Boolean passed, String rationale) {}

  record Row(Bidder bidder, String state, int answered, int questions, String conflict) {
    public String stateText() {
      return switch (state) {
        case "declare" -> "Declare conflicts first";
        case "conflict" -> "Conflict declared: you do not score this bidder";
        case "done" -> "Scored";
        case "started" -> "Started";
        default -> "Not started";
      };
    }
  }

  record Sheet(
      Procurement procurement,
      StageRow stage,
      List<Question> questions,
      boolean ready,
      boolean evaluator,
      boolean submitted,
      boolean everyoneSubmitted,
      List<Row> rows) {}

  record MyScore(Question question, Integer score, Boolean passed, String rationale) {}

  record BidderSheet(
      Procurement procurement,
      StageRow stage,
      Bidder bidder,
      Panel.Declaration declaration,
      boolean evaluator,
      String whyNotScore,
      boolean submitted,
      List<MyScore> scores) {}

  record Individual(String evaluator, Integer score, Boolean passed, String rationale) {
    public String valueText() {
      return score != null ? String.valueOf(score) : Boolean.TRUE.equals(passed) ? "Pass" : "Fail";
    }
  }

  record Item(
      Question question,
      Bidder bidder,
      List<Individual> individuals,
      Ranking.Moderated consensus,
      int version,
      String whyNotModerate) {

    public String consensusText() {
      if (consensus == null) {
        return "";
      }
      return consensus.score() != null
          ? String.valueOf(consensus.score())
          : Boolean.TRUE.equals(consensus.passed()) ? "Pass" : "Fail";
    }

    public String anchor() {
      return "m-" + question.id() + "-" + bidder.id();
    }
  }

  record Moderation(
      Procurement procurement,
      StageRow stage,
      boolean open,
      List<String> waitingFor,
      List<Item> items) {}

  /** The procurement's first stage, or null if it has none; a procurement that is not, 404. */
  @Transactional(readOnly = true)
  StageRow firstStage(UUID procurementId) {
    procurements.procurement(procurementId);
    return procurements.stageRows(procurementId).stream().findFirst().orElse(null);
  }

  private StageRow stage(UUID procurementId, UUID stageId) {
    return procurements.stageRows(procurementId).stream()
        .filter(s -> s.id().equals(stageId))
        .findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private Bidder bidder(UUID procurementId, UUID bidderId) {
    return procurements.bidders(procurementId).stream()
        .filter(b -> b.id().equals(bidderId))
        .findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private List<Question> questions(UUID procurementId, UUID stageId) {
    return procurements.questions(procurementId).stream()
        .filter(q -> q.stageId().equals(stageId))
        .toList();
  }

  /** The user's own scores in a stage, by {@link Ranking#key}. Never anyone else's. */
  private Map<String, MyScore> ownScores(UUID user, List<Question> questions) {
    Map<UUID, Question> byId = new HashMap<>();
    questions.forEach(q -> byId.put(q.id(), q));
    Map<String, MyScore> mine = new HashMap<>();
    if (questions.isEmpty()) {
      return mine;
    }
    jdbc.sql(
            """
            select question_id, bidder_id, score, passed, rationale
              from commissioning.evaluation_score
             where user_id = :user and question_id in (:questions)
            """)
        .param("user", user)
        .param("questions", byId.keySet())
        .query(
            (rs, n) -> {
              UUID q = rs.getObject("question_id", UUID.class);
              return mine.put(
                  Ranking.key(q, rs.getObject("bidder_id", UUID.class)),
                  new MyScore(
                      byId.get(q),
                      (Integer) rs.getObject("score"),
                      (Boolean) rs.getObject("passed"),
                      rs.getString("rationale")));
            })
        .list();
    return mine;
  }

  @Transactional(readOnly = true)
  Sheet sheet(AllianceUser viewer, UUID procurementId, UUID stageId) {
    Procurement procurement = procurements.procurement(procurementId);
    StageRow stage = stage(procurementId, stageId);
    List<Question> questions = questions(procurementId, stageId);
    Panel panel = procurements.panel(procurementId);
    Map<String, MyScore> mine = ownScores(viewer.userId(), questions);
    List<Row> rows = new ArrayList<>();
    for (Bidder bidder : procurements.bidders(procurementId)) {
      Panel.Declaration d = panel.declaration(viewer.userId(), bidder.id());
      int answered =
          (int)
              questions.stream()
                  .filter(q -> mine.containsKey(Ranking.key(q.id(), bidder.id())))
                  .count();
      String state =
          d == null
              ? "declare"
              : d.conflicted()
                  ? "conflict"
                  : answered == questions.size() && answered > 0
                      ? "done"
                      : answered > 0 ? "started" : "new";
      rows.add(new Row(bidder, state, answered, questions.size(), d == null ? null : d.detail()));
    }
    return new Sheet(
        procurement,
        stage,
        questions,
        Procurements.ready(questions),
        panel.isEvaluator(viewer.userId()),
        panel.submitted(stageId, viewer.userId()),
        panel.everyoneSubmitted(stageId),
        rows);
  }

  @Transactional(readOnly = true)
  BidderSheet bidderSheet(AllianceUser viewer, UUID procurementId, UUID stageId, UUID bidderId) {
    Procurement procurement = procurements.procurement(procurementId);
    StageRow stage = stage(procurementId, stageId);
    Bidder bidder = bidder(procurementId, bidderId);
    List<Question> questions = questions(procurementId, stageId);
    Panel panel = procurements.panel(procurementId);
    Map<String, MyScore> mine = ownScores(viewer.userId(), questions);
    List<MyScore> scores =
        questions.stream()
            .map(
                q ->
                    mine.getOrDefault(
                        Ranking.key(q.id(), bidderId), new MyScore(q, null, null, null)))
            .toList();
    return new BidderSheet(
        procurement,
        stage,
        bidder,
        panel.declaration(viewer.userId(), bidderId),
        panel.isEvaluator(viewer.userId()),
        panel.whyNotScore(
            viewer.userId(),
            stageId,
            Procurements.ready(questions),
            bidderId,
            procurements.exclusions(procurementId).containsKey(bidderId)),
        panel.submitted(stageId, viewer.userId()),
        scores);
  }

  /** Locks the procurement for a change by its panel, refusing once the award is decided. */
  private Procurement open(UUID procurementId) {
    Procurement p =
        jdbc.sql(
                """
                select p.*, null as contract from commissioning.procurement p
                 where p.id = :id for update
                """)
            .param("id", procurementId)
            .query(
                (rs, n) ->
                    new Procurement(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        null,
                        null,
                        rs.getString("route_code"),
                        rs.getString("status"),
                        null,
                        null,
                        null,
                        null,
                        rs.getInt("version")))
            .optional()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!"open".equals(p.status())) {
      throw new ProcurementProblem("scores", "The award is decided: evaluation is closed");
    }
    return p;
  }

  @Transactional
  void declare(
      AllianceUser viewer, UUID procurementId, UUID bidderId, boolean conflicted, String detail) {
    open(procurementId);
    Bidder bidder = bidder(procurementId, bidderId);
    Panel panel = procurements.panel(procurementId);
    if (!panel.isEvaluator(viewer.userId())) {
      throw new ProcurementProblem("conflict", "You are not an evaluator on this procurement");
    }
    Panel.Declaration before = panel.declaration(viewer.userId(), bidderId);
    if (before != null && (before.conflicted() || !conflicted)) {
      throw new ProcurementProblem(
          "conflict", "You have already declared about this bidder: " + declared(before));
    }
    jdbc.sql(
            """
            insert into commissioning.conflict_declaration (procurement_id, user_id, bidder_id,
              conflicted, detail)
            values (:p, :user, :bidder, :conflicted, :detail)
            """)
        .param("p", procurementId)
        .param("user", viewer.userId())
        .param("bidder", bidderId)
        .param("conflicted", conflicted)
        .param("detail", conflicted ? detail : null)
        .update();
    audit.record(
        AuditEntry.of("procurement.conflict-declared", "bidder", bidderId)
            .withDetail(
                (conflicted ? "conflict of interest with " : "no conflict with ") + bidder.name()));
  }

  static String declared(Panel.Declaration d) {
    return d.conflicted() ? "a conflict of interest (" + d.detail() + ")" : "no conflict";
  }

  /**
   * Saves the user's own answers for a bidder in a stage: every question is either answered in full
   * or left for later. Refused, whatever the form says, if {@link Panel#whyNotScore} says so.
   */
  @Transactional
  void score(
      AllianceUser viewer,
      UUID procurementId,
      UUID stageId,
      UUID bidderId,
      Map<UUID, Answer> answers) {
    open(procurementId);
    Bidder bidder = bidder(procurementId, bidderId);
    stage(procurementId, stageId);
    List<Question> questions = questions(procurementId, stageId);
    String why =
        procurements
            .panel(procurementId)
            .whyNotScore(
                viewer.userId(),
                stageId,
                Procurements.ready(questions),
                bidderId,
                procurements.exclusions(procurementId).containsKey(bidderId));
    if (why != null) {
      throw new ProcurementProblem("scores", why);
    }
    List<String> saved = new ArrayList<>();
    for (Question q : questions) {
      Answer a = answers.get(q.id());
      if (a == null) {
        continue;
      }
      check(q, a.score(), a.passed(), "score-" + q.id());
      jdbc.sql(
              """
              insert into commissioning.evaluation_score (question_id, bidder_id, user_id, score,
                passed, rationale)
              values (:q, :bidder, :user, :score, :passed, :rationale)
              on conflict (question_id, bidder_id, user_id) do update
                set score = excluded.score, passed = excluded.passed,
                    rationale = excluded.rationale, updated_at = now()
              """)
          .param("q", q.id())
          .param("bidder", bidderId)
          .param("user", viewer.userId())
          .param("score", q.scored() ? a.score() : null)
          .param("passed", q.scored() ? null : a.passed())
          .param("rationale", a.rationale())
          .update();
      saved.add(
          "Q"
              + q.position()
              + "="
              + (q.scored() ? a.score() + "/" + q.scaleMax() : a.passed() ? "pass" : "fail"));
    }
    if (saved.isEmpty()) {
      throw new ProcurementProblem("scores", "Enter a score and its rationale for a question");
    }
    audit.record(
        AuditEntry.of("procurement.scores-saved", "bidder", bidderId)
            .withDetail(bidder.name() + ", stage " + stageId + ": " + String.join(" ", saved)));
  }

  static void check(Question q, Integer score, Boolean passed, String field) {
    if (q.scored()) {
      if (score == null || score < 0 || score > q.scaleMax()) {
        throw new ProcurementProblem(
            field, "Enter a whole number from 0 to " + q.scaleMax() + " for " + q.heading());
      }
    } else if (passed == null) {
      throw new ProcurementProblem(field, "Choose pass or fail for " + q.heading());
    }
  }

  @Transactional
  void submit(AllianceUser viewer, UUID procurementId, UUID stageId) {
    open(procurementId);
    stage(procurementId, stageId);
    Panel panel = procurements.panel(procurementId);
    if (!panel.isEvaluator(viewer.userId())) {
      throw new ProcurementProblem("submit", "You are not an evaluator on this procurement");
    }
    if (panel.submitted(stageId, viewer.userId())) {
      throw new ProcurementProblem("submit", "You have already submitted this stage");
    }
    List<Question> questions = questions(procurementId, stageId);
    if (!Procurements.ready(questions)) {
      throw new ProcurementProblem(
          "submit", "This stage's questions are not ready: its scored weights must total 100%");
    }
    Map<String, MyScore> mine = ownScores(viewer.userId(), questions);
    Map<UUID, Ranking.Exclusion> out = procurements.exclusions(procurementId);
    List<String> missing = new ArrayList<>();
    for (Bidder bidder : procurements.bidders(procurementId)) {
      if (out.containsKey(bidder.id())) {
        continue;
      }
      Panel.Declaration d = panel.declaration(viewer.userId(), bidder.id());
      if (d == null) {
        missing.add(bidder.name() + " (declare conflicts)");
      } else if (!d.conflicted()
          && questions.stream()
              .anyMatch(q -> !mine.containsKey(Ranking.key(q.id(), bidder.id())))) {
        missing.add(bidder.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new ProcurementProblem(
          "submit",
          "Score every question for every bidder before submitting. Still to do: "
              + String.join(", ", missing));
    }
    jdbc.sql(
            """
            insert into commissioning.evaluation_submission (stage_id, user_id)
            values (:stage, :user)
            """)
        .param("stage", stageId)
        .param("user", viewer.userId())
        .update();
    audit.record(AuditEntry.of("procurement.stage-submitted", "procurement-stage", stageId));
  }

  @Transactional(readOnly = true)
  Moderation moderation(AllianceUser viewer, UUID procurementId, UUID stageId) {
    Procurement procurement = procurements.procurement(procurementId);
    StageRow stage = stage(procurementId, stageId);
    Panel panel = procurements.panel(procurementId);
    List<String> waiting =
        panel.evaluators().entrySet().stream()
            .filter(e -> !panel.submitted(stageId, e.getKey()))
            .map(Map.Entry::getValue)
            .toList();
    if (!panel.maySeeOthers(stageId)) {
      return new Moderation(procurement, stage, false, waiting, List.of());
    }
    List<Question> questions = questions(procurementId, stageId);
    List<Bidder> bidders = procurements.bidders(procurementId);
    Map<String, List<Individual>> individuals = new HashMap<>();
    if (!questions.isEmpty()) {
      jdbc.sql(
              """
              select question_id, bidder_id, user_id, score, passed, rationale
                from commissioning.evaluation_score
               where question_id in (:questions)
               order by user_id
              """)
          .param("questions", questions.stream().map(Question::id).toList())
          .query(
              (rs, n) -> {
                UUID author = rs.getObject("user_id", UUID.class);
                UUID scored = rs.getObject("bidder_id", UUID.class);
                // A conflict declared after scoring withdraws the scores: they neither show nor
                // count.
                if (panel.conflicted(author, scored)) {
                  return false;
                }
                return individuals
                    .computeIfAbsent(
                        Ranking.key(
                            rs.getObject("question_id", UUID.class),
                            rs.getObject("bidder_id", UUID.class)),
                        k -> new ArrayList<>())
                    .add(
                        new Individual(
                            panel.evaluators().get(rs.getObject("user_id", UUID.class)),
                            (Integer) rs.getObject("score"),
                            (Boolean) rs.getObject("passed"),
                            rs.getString("rationale")));
              })
          .list();
    }
    Map<String, Ranking.Moderated> moderated = procurements.moderated(procurementId);
    Map<String, Integer> versions = versions(questions);
    Map<UUID, Ranking.Exclusion> out = procurements.exclusions(procurementId);
    List<Item> items = new ArrayList<>();
    for (Question q : questions) {
      for (Bidder b : bidders) {
        String key = Ranking.key(q.id(), b.id());
        // A bidder who is out is neither scored nor moderated any further; what was moderated
        // stays, so a mistaken fail can be corrected.
        if (panel.scorersOf(b.id()).isEmpty()
            || out.containsKey(b.id()) && !moderated.containsKey(key)) {
          continue;
        }
        items.add(
            new Item(
                q,
                b,
                individuals.getOrDefault(key, List.of()),
                moderated.get(key),
                versions.getOrDefault(key, 0),
                panel.whyNotModerate(viewer.userId(), stageId, b.id())));
      }
    }
    return new Moderation(procurement, stage, true, waiting, items);
  }

  private Map<String, Integer> versions(List<Question> questions) {
    Map<String, Integer> versions = new HashMap<>();
    if (questions.isEmpty()) {
      return versions;
    }
    jdbc.sql(
            """
            select question_id, bidder_id, version from commissioning.moderated_score
             where question_id in (:questions)
            """)
        .param("questions", questions.stream().map(Question::id).toList())
        .query(
            (rs, n) ->
                versions.put(
                    Ranking.key(
                        rs.getObject("question_id", UUID.class),
                        rs.getObject("bidder_id", UUID.class)),
                    rs.getInt("version")))
        .list();
    return versions;
  }

  record Consensus(
      UUID questionId, UUID bidderId, Integer score, Boolean passed, String reason, int version) {}

  @Transactional
  void moderate(AllianceUser viewer, UUID procurementId, UUID stageId, Consensus given) {
    open(procurementId);
    stage(procurementId, stageId);
    Question q =
        questions(procurementId, stageId).stream()
            .filter(x -> x.id().equals(given.questionId()))
            .findFirst()
            .orElseThrow(
                () -> new ProcurementProblem("moderation", "Choose a question of this stage"));
    Bidder bidder =
        procurements.bidders(procurementId).stream()
            .filter(b -> b.id().equals(given.bidderId()))
            .findFirst()
            .orElseThrow(() -> new ProcurementProblem("moderation", "Choose one of the bidders"));
    Panel panel = procurements.panel(procurementId);
    String why = panel.whyNotModerate(viewer.userId(), stageId, bidder.id());
    if (why != null) {
      throw new ProcurementProblem("moderation", why);
    }
    if (panel.scorersOf(bidder.id()).isEmpty()) {
      throw new ProcurementProblem("moderation", "No evaluator could score this bidder");
    }
    if (procurements.exclusions(procurementId).containsKey(bidder.id())
        && !procurements.moderated(procurementId).containsKey(Ranking.key(q.id(), bidder.id()))) {
      throw new ProcurementProblem(
          "moderation", bidder.name() + " failed a pass or fail question and is out");
    }
    check(q, given.score(), given.passed(), "moderation");
    int current = versions(List.of(q)).getOrDefault(Ranking.key(q.id(), bidder.id()), 0);
    if (current != given.version()) {
      throw new ProcurementProblem(
          "moderation",
          "This consensus score changed since you opened the page: check it below and try again");
    }
    jdbc.sql(
            """
            insert into commissioning.moderated_score (question_id, bidder_id, score, passed,
              reason, moderated_by, moderator)
            values (:q, :bidder, :score, :passed, :reason, :by, :name)
            on conflict (question_id, bidder_id) do update
              set score = excluded.score, passed = excluded.passed, reason = excluded.reason,
                  moderated_by = excluded.moderated_by, moderator = excluded.moderator,
                  version = commissioning.moderated_score.version + 1, moderated_at = now()
            """)
        .param("q", q.id())
        .param("bidder", bidder.id())
        .param("score", q.scored() ? given.score() : null)
        .param("passed", q.scored() ? null : given.passed())
        .param("reason", given.reason())
        .param("by", viewer.userId())
        .param("name", viewer.displayName())
        .update();
    audit.record(
        AuditEntry.of("procurement.moderated", "bidder", bidder.id())
            .withReason(given.reason())
            .withDetail(
                bidder.name()
                    + ", Q"
                    + q.position()
                    + " "
                    + (q.scored()
                        ? given.score() + "/" + q.scaleMax()
                        : given.passed() ? "pass" : "fail")));
  }
}
