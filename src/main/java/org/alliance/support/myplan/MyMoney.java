package org.alliance.support.myplan;

import java.util.List;
import java.util.UUID;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.OwnViews;
import org.alliance.support.budget.Budgets;
import org.alliance.support.budget.OwnBudget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Your money": the person's budgets, read through their own view (audited in the same
 * transaction). The figures are the budget package's own, so they match the worker's statement.
 */
@Component
class MyMoney {

  private final OwnViews views;
  private final Budgets budgets;
  private final JdbcClient jdbc;

  MyMoney(OwnViews views, Budgets budgets, JdbcClient jdbc) {
    this.views = views;
    this.budgets = budgets;
    this.jdbc = jdbc;
  }

  /** The page: whose money it is, and each budget, newest period first. */
  record Page(String name, boolean self, List<OwnBudget> budgets) {}

  /** Throws {@code NoSuchRecord} (404) for a proxy the person did not share their money with. */
  @Transactional
  Page read(UUID userId) {
    OwnView view = views.open(userId, "my money");
    List<OwnBudget> own = budgets.own(view);
    String name =
        jdbc.sql("select given_name from support.person where id = :id")
            .param("id", view.personId())
            .query(String.class)
            .single();
    return new Page(name, view.self(), own);
  }
}
