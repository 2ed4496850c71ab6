package org.alliance.support.measure;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.alliance.database.DatabaseMode;
import org.alliance.support.access.PersonAccess;
import org.alliance.support.measure.MeasureDefinition.Item;
import org.alliance.support.measure.MeasureDefinition.Scale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, loads the made-up recovery-capital measure ({@code demo/measures}) through the same
 * importer as anyone's file, then, once, gives some demo people answers at the start of their
 * episode and at a review (TOP for adults, the recovery-capital check for everyone), in one batch.
 * Answers drift towards better at the review for most people, and worse for a few.
 */
@Component
@Order(125)
class DemoMeasures implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoMeasures.class);

  static final String FILE = "demo/measures/recovery-capital.json";

  private final DatabaseMode mode;
  private final MeasureLibrary library;
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transaction;

  DemoMeasures(
      DatabaseMode mode,
      MeasureLibrary library,
      JdbcClient jdbc,
      JdbcTemplate template,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.library = library;
    this.jdbc = jdbc;
    this.template = template;
    this.transaction = transaction;
  }

  private record Episode(UUID person, UUID member, UUID worker, LocalDate opened, LocalDate born) {}

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    ShippedMeasures.load(library, FILE, "the demo");
    Integer written =
        transaction.execute(
            status -> {
              jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-measures'))")
                  .query(Object.class)
                  .single();
              if (jdbc.sql("select exists (select 1 from support.measure_recording)")
                  .query(Boolean.class)
                  .single()) {
                return 0;
              }
              return answer();
            });
    if (written != null && written > 0) {
      log.info("Demo measures: {} recordings", written);
    }
  }

  private int answer() {
    MeasureVersion top = library.latest("TOP").orElse(null);
    MeasureVersion capital = library.latest("DEMO-RC").orElse(null);
    if (top == null || capital == null) {
      return 0;
    }
    LocalDate today = LocalDate.now(PersonAccess.UK);
    List<Episode> episodes =
        jdbc.sql(
                """
                select e.person_id, e.member_id, e.opened_by, e.opened_on, p.date_of_birth
                  from support.episode e join support.person p on p.id = e.person_id
                 where e.closed_on is null and p.merged_into is null
                   and e.opened_on between :from and :to
                 order by e.opened_on, e.person_id
                 limit 120
                """)
            .param("from", today.minusDays(420))
            .param("to", today.minusDays(60))
            .query(
                (rs, n) ->
                    new Episode(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
            .list();
    List<Object[]> rows = new ArrayList<>();
    for (Episode episode : episodes) {
      SplittableRandom random = new SplittableRandom(episode.person().getLeastSignificantBits());
      boolean adult =
          episode.born() == null
              || ChronoUnit.YEARS.between(episode.born(), episode.opened()) >= 18;
      long days = ChronoUnit.DAYS.between(episode.opened(), today);
      LocalDate review = episode.opened().plusDays(Math.min(days - 7, 12 * 7 + random.nextInt(21)));
      boolean better = random.nextInt(5) > 0;
      for (MeasureVersion version : adult ? List.of(top, capital) : List.of(capital)) {
        Map<String, Object> start = answers(version.definition(), random, null, better);
        Map<String, Object> later = answers(version.definition(), random, start, better);
        rows.add(row(episode, version, Stage.START, episode.opened(), start));
        rows.add(row(episode, version, Stage.REVIEW, review, later));
      }
    }
    template.batchUpdate(
        """
        insert into support.measure_recording
          (person_id, version_id, stage, asked_on, answers, scores, member_id, recorded_by)
        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)
        """,
        rows);
    return rows.size();
  }

  private static Object[] row(
      Episode episode,
      MeasureVersion version,
      Stage stage,
      LocalDate on,
      Map<String, Object> given) {
    return new Object[] {
      episode.person(),
      version.id(),
      stage.code(),
      Date.valueOf(on),
      AnswerJson.write(given),
      AnswerJson.write(Scoring.scores(version.definition(), given)),
      episode.member(),
      episode.worker()
    };
  }

  /** Made-up answers: a start anywhere on each scale, a review moved towards better (or worse). */
  private static Map<String, Object> answers(
      MeasureDefinition definition,
      SplittableRandom random,
      Map<String, Object> start,
      boolean better) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Item item : definition.items()) {
      Scale scale = definition.scaleOf(item);
      if (item.unconfirmed() && random.nextInt(3) > 0) {
        answers.put(item.code(), null);
        continue;
      }
      int step =
          item.better() == null
              ? 0
              : (item.better() == MeasureDefinition.Direction.HIGHER) == better ? 1 : -1;
      switch (scale.kind()) {
        case NUMBER -> {
          int low = scale.minimum().intValue();
          int high = Math.min(scale.maximum().intValue(), low + 28);
          Object before = start == null ? null : start.get(item.code());
          int value =
              before == null
                  ? low + random.nextInt(high - low + 1)
                  : ((BigDecimal) before).intValue()
                      + step * random.nextInt(Math.max(1, (high - low) / 3));
          answers.put(item.code(), BigDecimal.valueOf(Math.max(low, Math.min(high, value))));
        }
        case YES_NO -> {
          boolean was = start != null && "yes".equals(start.get(item.code()));
          boolean yes =
              start == null
                  ? random.nextInt(4) == 0
                  : better ? was && random.nextInt(2) == 0 : was || random.nextInt(4) == 0;
          answers.put(item.code(), yes ? "yes" : "no");
        }
        case CHOICE -> {
          List<MeasureDefinition.Choice> choices = scale.choices();
          int at =
              start == null
                  ? random.nextInt(choices.size())
                  : Math.max(
                      0,
                      Math.min(
                          choices.size() - 1,
                          indexOf(choices, start.get(item.code())) + step * random.nextInt(3)));
          answers.put(item.code(), choices.get(at).code());
        }
      }
    }
    return answers;
  }

  private static int indexOf(List<MeasureDefinition.Choice> choices, Object code) {
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).code().equals(code)) {
        return i;
      }
    }
    return 0;
  }
}
