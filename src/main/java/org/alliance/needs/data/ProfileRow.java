package org.alliance.needs.data;

import java.math.BigDecimal;

/**
 * One row of the public health profiles' CSV export: one indicator's value for an area, sex, age
 * and period, with the profiles' own confidence limits, count and denominator where it gives them.
 */
record ProfileRow(
    String indicatorCode,
    String indicatorName,
    String areaCode,
    String areaName,
    String areaType,
    String parentCode,
    String sex,
    String age,
    String period,
    int periodOrder,
    BigDecimal value,
    BigDecimal lower95,
    BigDecimal upper95,
    BigDecimal lower998,
    BigDecimal upper998,
    BigDecimal count,
    BigDecimal denominator,
    String valueNote) {

  /** What makes a row one value: a second row with the same key is a mistake in the file. */
  String key() {
    return String.join("\u0000", indicatorCode, areaCode, sex, age, period);
  }
}
