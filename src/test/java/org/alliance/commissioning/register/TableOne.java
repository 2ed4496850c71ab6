package org.alliance.commissioning.register;

import java.util.List;

/**
 * Seed 004's Table 1 and Table 2 as published (North Northamptonshire 48.6%, West Northamptonshire
 * 51.4%, West the host), and the values entered to reproduce them. Published values are in £000;
 * the register holds pounds. The adult treatment contract is entered as £5,394,200: with whole
 * thousands no single rounding rule prints both 2,622 and 2,772, and any value from £5,394,034 to
 * £5,394,499 does with the host taking the remainder.
 */
final class TableOne {

  private TableOne() {}

  /** Service, value entered in pounds, North, West, total as published. */
  record Row(String service, String amount, int north, int west, int total) {}

  static final List<Row> ROWS =
      List.of(
          new Row(
              "Adult structured treatment – Substance 2 Solutions", "5394200.00", 2622, 2772, 5394),
          new Row(
              "Children & Young people prevention and treatment service - Ngage",
              "300000.00",
              146,
              154,
              300),
          new Row(
              "Substance misuse recovery service including a housing offer",
              "800000.00",
              389,
              411,
              800),
          new Row("Family support service", "160000.00", 78, 82, 160),
          new Row("Support to youth offenders", "80000.00", 39, 41, 80),
          new Row(
              "Workforce training in Drugs and Alcohol – Healthy Futures",
              "156000.00",
              76,
              80,
              156),
          new Row("Case management system – Care Path", "93000.00", 45, 48, 93));

  static final List<String> AMOUNTS = ROWS.stream().map(Row::amount).toList();

  static final int NORTH_TOTAL = 3395;
  static final int WEST_TOTAL = 3588;
  static final int GRAND_TOTAL = 6983;

  /** A Table 2 grant: short name, North's share (0 for West only), amounts by year, figures. */
  record Grant(
      String name,
      String shortName,
      boolean westOnly,
      String amount2023,
      int north2023,
      int west2023,
      int total2023,
      String amount2024,
      int north2024,
      int west2024,
      int total2024) {}

  static final List<Grant> GRANTS =
      List.of(
          new Grant(
              "Supplemental Substance Misuse Treatment and Recovery Grant",
              "SSMTRG",
              false,
              "1366000.00",
              664,
              702,
              1366,
              "2243000.00",
              1090,
              1153,
              2243),
          new Grant(
              "Housing Support Grant",
              "HSG",
              false,
              "596000.00",
              290,
              306,
              596,
              "596000.00",
              290,
              306,
              596),
          new Grant(
              "Inpatient Detoxification Consortium",
              "IPD",
              false,
              "115000.00",
              56,
              59,
              115,
              "115000.00",
              56,
              59,
              115),
          new Grant(
              "Rough Sleepers Drug and Alcohol Treatment Grant",
              "RSDATG",
              true,
              "811000.00",
              0,
              811,
              811,
              "811000.00",
              0,
              811,
              811));
}
