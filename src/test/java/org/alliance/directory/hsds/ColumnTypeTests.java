package org.alliance.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Values travel between JSON, CSV and the database as HSDS writes them. */
class ColumnTypeTests {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Test
  void numbersAreExactAndWholeOnesAreWrittenAsIntegers() {
    assertThat(ColumnType.NUMBER.fromText("35.50")).isEqualTo(new BigDecimal("35.50"));
    assertThat(ColumnType.NUMBER.toJson(new BigDecimal("12.0")).isIntegralNumber()).isTrue();
    assertThat(ColumnType.NUMBER.toJson(new BigDecimal("0.1")).decimalValue())
        .isEqualByComparingTo("0.1");
    assertThat(ColumnType.NUMBER.same(new BigDecimal("35"), new BigDecimal("35.00"))).isTrue();
  }

  @Test
  void integersRefuseFractions() {
    assertThat(ColumnType.INTEGER.fromJson(JSON.numberNode(100))).isEqualTo(100);
    assertThatThrownBy(() -> ColumnType.INTEGER.fromJson(JSON.numberNode(new BigDecimal("100.5"))))
        .hasMessage("must be a whole number, not 100.5");
    assertThatThrownBy(() -> ColumnType.INTEGER.fromText("abc"))
        .hasMessage("must be a whole number, not 'abc'");
  }

  @Test
  void datesTimesAndDateTimesUseTheStandardsFormats() {
    assertThat(ColumnType.DATE.fromJson(JSON.stringNode("2005-01-01")))
        .isEqualTo(LocalDate.of(2005, 1, 1));
    assertThatThrownBy(() -> ColumnType.DATE.fromText("01/02/2005"))
        .hasMessage("must be a date like 2025-01-31, not '01/02/2005'");
    assertThat(ColumnType.TIME.fromText("09:30")).isEqualTo(LocalTime.of(9, 30));
    assertThat(ColumnType.TIME.toText(LocalTime.of(10, 0))).isEqualTo("10:00:00");
    OffsetDateTime time =
        (OffsetDateTime) ColumnType.DATETIME.fromText("2023-03-15T11:30:45.123+01:00");
    assertThat(time.getOffset()).isEqualTo(ZoneOffset.UTC);
    assertThat(ColumnType.DATETIME.toText(time)).isEqualTo("2023-03-15T10:30:45.123Z");
  }

  @Test
  void jsonTypesMustMatch() {
    assertThatThrownBy(() -> ColumnType.NUMBER.fromJson(JSON.stringNode("12")))
        .hasMessage("must be a number");
    assertThatThrownBy(() -> ColumnType.DATE.fromJson(JSON.numberNode(2005)))
        .hasMessage("must be text (a date like 2025-01-31)");
    assertThat(ColumnType.TEXT.fromJson(JSON.nullNode())).isNull();
  }
}
