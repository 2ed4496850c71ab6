package org.alliance.outcomes.cohort;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.alliance.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, two cohorts, labelled as made up: frequent hospital attenders with alcohol problems
 * (the kind of result Plymouth reports) over the last two years, and a cohort of three to show that
 * a small cohort shows no figures. Loaded through the same importer as a file, once, only while
 * there are no cohorts; a failure is logged and never stops the start.
 */
@Component
@Order(320)
class DemoCohorts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoCohorts.class);

  private final DatabaseMode mode;
  private final Cohorts cohorts;

  DemoCohorts(DatabaseMode mode, Cohorts cohorts) {
    this.mode = mode;
    this.cohorts = cohorts;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo() || !cohorts.all().isEmpty()) {
      return;
    }
    try {
      Cohorts.ImportReport report =
          cohorts.importFile(
              "demo cohorts",
              file(LocalDate.now(ZoneId.of("Europe/London"))).getBytes(StandardCharsets.UTF_8),
              new CohortWriter(null, "Demo data"));
      if (report.imported()) {
        log.info("Gave the demo alliance its made-up cohorts: {}", report.lines().get(0));
      } else {
        log.warn("Could not load the demo cohorts: {}", report.lines());
      }
    } catch (RuntimeException e) {
      log.warn("Could not load the demo cohorts; the application starts without them", e);
    }
  }

  /** The demo's cohorts: the year before last is "before", last year "after". */
  static String file(LocalDate today) {
    LocalDate start = today.withDayOfMonth(1).minusYears(2);
    LocalDate middle = start.plusYears(1);
    LocalDate end = middle.plusYears(1).minusDays(1);
    String periods = start + "," + middle.minusDays(1) + "," + middle + "," + end;
    String frequent =
        "Frequent attenders with alcohol problems,\"Made-up figures for the demo: people who had"
            + " attended the emergency department five or more times in a year, supported by the"
            + " alliance's hospital liaison team\",42,"
            + periods
            + ",Made-up figures for the demo (no hospital sent these),";
    String small =
        "Young people's pilot (three people),Made-up figures for the demo: a cohort too small to"
            + " show,3,"
            + periods
            + ",Made-up figures for the demo,";
    return String.join(",", CohortFile.COLUMNS)
        + "\n"
        + frequent
        + "hospital-admissions,96,54\n"
        + frequent
        + "bed-days,412,198\n"
        + frequent
        + "emergency-attendances,310,171\n"
        + frequent
        + "ambulance-call-outs,88,61\n"
        + frequent
        + "arrests,9,3\n"
        + small
        + "hospital-admissions,7,2\n";
  }
}
