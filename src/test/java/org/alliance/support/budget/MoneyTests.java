package org.alliance.support.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

  private static BigDecimal ok(String typed) {
    Money.Parsed parsed = Money.parse(typed, "the payment", false);
    assertThat(parsed.problem()).as(typed).isNull();
    return parsed.amount();
  }

  private static String refused(String typed) {
    Money.Parsed parsed = Money.parse(typed, "the payment", false);
    assertThat(parsed.amount()).as(typed).isNull();
    return parsed.problem();
  }

  @Test
  void readsWhatPeopleType() {
    assertThat(ok("£1,234.50")).isEqualByComparingTo("1234.50").hasScaleOf(2);
    assertThat(ok("1234.5")).isEqualTo(new BigDecimal("1234.50"));
    assertThat(ok(" £ 12 ")).isEqualTo(new BigDecimal("12.00"));
    assertThat(ok("0.01")).isEqualTo(new BigDecimal("0.01"));
    assertThat(ok("9,999,999.99")).isEqualTo(new BigDecimal("9999999.99"));
    assertThat(ok("0009999999.99")).isEqualTo(new BigDecimal("9999999.99"));
    assertThat(ok("12.")).isEqualTo(new BigDecimal("12.00"));
  }

  @Test
  void refusesWhatIsNotMoney() {
    assertThat(refused("-5")).contains("cannot be negative");
    assertThat(refused("£-5.00")).contains("cannot be negative");
    assertThat(refused("1.234")).contains("pounds and pence");
    assertThat(refused("10000000")).contains("£9,999,999.99 or less");
    assertThat(refused("10,000,000.00")).contains("£9,999,999.99 or less");
    assertThat(refused("99999999999999999999999")).contains("£9,999,999.99 or less");
    assertThat(refused("0")).contains("at least £0.01");
    assertThat(refused("")).startsWith("Enter the payment");
    assertThat(refused(null)).startsWith("Enter the payment");
    assertThat(refused("12,34")).startsWith("Enter the payment");
    assertThat(refused("1e3")).startsWith("Enter the payment");
    assertThat(refused("NaN")).startsWith("Enter the payment");
    assertThat(refused("12\u0000")).startsWith("Enter the payment");
    assertThat(refused("١٢")).startsWith("Enter the payment");
    assertThat(refused("$12")).startsWith("Enter the payment");
    assertThat(Money.parse("0", "the amount returned", true).amount()).isEqualByComparingTo("0");
  }

  @Test
  void writesPoundsAndPence() {
    assertThat(Money.format(new BigDecimal("1234.5"))).isEqualTo("£1,234.50");
    assertThat(Money.format(new BigDecimal("-0.07"))).isEqualTo("-£0.07");
    assertThat(Money.format(new BigDecimal("9999999.99"))).isEqualTo("£9,999,999.99");
  }
}
