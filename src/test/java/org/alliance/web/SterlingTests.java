package org.alliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SterlingTests {

  @Test
  void writesPoundsAsPeopleReadThem() {
    assertThat(Sterling.pounds(new BigDecimal("0.00"))).isEqualTo("£0.00");
    assertThat(Sterling.pounds(new BigDecimal("1234.50"))).isEqualTo("£1,234.50");
    assertThat(Sterling.pounds(new BigDecimal("-12.00"))).isEqualTo("-£12.00");
    assertThat(Sterling.pounds(new BigDecimal("5394200.00"))).isEqualTo("£5,394,200.00");
    assertThat(Sterling.pounds(new BigDecimal("100.00"))).isEqualTo("£100.00");
    assertThat(Sterling.grouped(new BigDecimal("5394"))).isEqualTo("5,394");
    assertThat(Sterling.grouped(new BigDecimal("-1000000"))).isEqualTo("-1,000,000");
    assertThat(Sterling.grouped(new BigDecimal("-0.5"))).isEqualTo("-0.5");
    assertThat(Sterling.grouped(new BigDecimal("999"))).isEqualTo("999");
  }

  @Test
  void agreesWithTheJdksFormatOnAnyAmount() {
    DecimalFormat jdk = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    Random random = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      BigDecimal amount = BigDecimal.valueOf(random.nextLong() >> random.nextInt(63), 2);
      assertThat(Sterling.grouped(amount)).as(amount.toPlainString()).isEqualTo(jdk.format(amount));
    }
  }
}
