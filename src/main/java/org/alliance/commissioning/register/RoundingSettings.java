package org.alliance.commissioning.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published tables' rounding, from {@code alliance.commissioning.rounding.*}. */
@Configuration(proxyBeanMethods = false)
class RoundingSettings {

  @Bean
  RoundingRule roundingRule(
      @Value("${alliance.commissioning.rounding.unit:1000}") BigDecimal unit,
      @Value("${alliance.commissioning.rounding.mode:HALF_UP}") String mode,
      @Value("${alliance.commissioning.rounding.host-takes-remainder:true}") boolean remainder,
      @Value("${alliance.commissioning.rounding.totals-add-rounded-figures:true}")
          boolean totalsAddRounded) {
    return new RoundingRule(
        unit,
        RoundingMode.valueOf(mode.strip().toUpperCase(Locale.ROOT)),
        remainder,
        totalsAddRounded);
  }
}
