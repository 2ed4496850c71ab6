package org.alliance.support.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo budgets: there, as the README says, and their reconciliation adds up. */
@AllianceTest
class DemoBudgetsTests {

  private static final String DEMO = " b.funding_source not like 'Zq%' ";

  @Autowired JdbcClient jdbc;

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void personalBudgetsAndIndividualServiceFunds() {
    assertThat(count("select count(*) from support.budget b where b.kind = 'isf' and" + DEMO))
        .isEqualTo(8);
    assertThat(
            count(
                "select count(*) from support.budget b where b.kind = 'personal-budget' and"
                    + DEMO))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from support.budget_spend s join support.budget b on b.id ="
                    + " s.budget_id where s.status = 'awaiting-approval' and"
                    + DEMO))
        .isEqualTo(1);
    BigDecimal off =
        jdbc.sql(
                """
                select b.allocation - b.returned - b.closing_balance
                       - (select coalesce(sum(s.amount), 0) from support.budget_spend s
                           where s.budget_id = b.id and s.kind = 'payment' and s.status = 'counted')
                  from support.budget b where b.reconciled_on is not null and b.funding_source not like 'Zq%'
                """)
            .query(BigDecimal.class)
            .single();
    assertThat(off).isEqualByComparingTo("0");
  }
}
