package org.alliance.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.database.DatabaseMode;
import org.alliance.identity.NewUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.OrganisationDetails;
import org.alliance.organisation.OrganisationType;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Brackenshire Alliance into an empty database: two co-commissioning councils, seven
 * members, a community group, and one user per role. Several nodes may start at once, so the load
 * runs under a transaction-scoped advisory lock and checks for data again once it holds it.
 */
@Component
@Order(0)
class DemoAlliance implements ApplicationRunner {

  /** Shown in the README and on the sign-in page in demo mode, and nowhere else. */
  static final String DEMO_PASSWORD = "alliance-demo";

  private static final Logger log = LoggerFactory.getLogger(DemoAlliance.class);

  private final DatabaseMode mode;
  private final Organisations organisations;
  private final UserAccounts users;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  DemoAlliance(
      DatabaseMode mode,
      Organisations organisations,
      UserAccounts users,
      JdbcClient jdbc,
      TransactionTemplate transaction) {
    this.mode = mode;
    this.organisations = organisations;
    this.users = users;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!mode.demo()) {
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("select pg_advisory_xact_lock(hashtext('alliance-demo-load'))")
              .query(Object.class)
              .single();
          if (organisations.isEmpty() && users.isEmpty()) {
            load();
            log.info(
                "Loaded the demo alliance: sign in as commissioner, manager, practitioner, "
                    + "practitioner2, editor, admin, dpo, datalead, leader or finance with the password {}",
                DEMO_PASSWORD);
          } else {
            addMissingUsers();
          }
        });
  }

  private void load() {
    Map<String, Organisation> byName = new HashMap<>();
    for (OrganisationDetails details : DemoOrganisations.ALL) {
      byName.put(details.name(), organisations.create(details, true));
    }
    for (DemoUser person : PEOPLE) {
      create(person, byName.get(person.organisation()));
    }
  }

  /**
   * A data folder made before a demo user was added gains them at the next start, so the README's
   * list of demo users is true for everyone. Only users missing by name are added, never changed.
   */
  private void addMissingUsers() {
    Map<String, Organisation> byName = new HashMap<>();
    organisations.all().forEach(organisation -> byName.put(organisation.name(), organisation));
    for (DemoUser person : PEOPLE) {
      Organisation organisation = byName.get(person.organisation());
      if (organisation != null && users.findByUsername(person.username()).isEmpty()) {
        create(person, organisation);
        log.info("Added the demo user {}", person.username());
      }
    }
  }

  private void create(DemoUser person, Organisation organisation) {
    var account =
        users.create(
            new NewUser(
                person.username(),
                person.name(),
                person.username() + "@brackenshire-alliance.example.org",
                organisation.id(),
                Set.of(person.role()),
                DEMO_PASSWORD),
            true);
    users.markAsDemoAccount(account.id());
  }

  private static final List<DemoUser> PEOPLE =
      List.of(
          new DemoUser(
              "commissioner", "Priya Natarajan", Role.COMMISSIONER, DemoOrganisations.CITY_COUNCIL),
          new DemoUser(
              "manager", "Tom Ashworth", Role.ALLIANCE_MANAGER, DemoOrganisations.LEAD_MEMBER),
          new DemoUser(
              "practitioner", "Grace Okafor", Role.PRACTITIONER, DemoOrganisations.YOUNG_PEOPLE),
          new DemoUser(
              "editor", "Dan Mercer", Role.DIRECTORY_EDITOR, DemoOrganisations.LEAD_MEMBER),
          new DemoUser("admin", "Sam Whitfield", Role.ADMIN, DemoOrganisations.LEAD_MEMBER),
          new DemoUser(
              "practitioner2", "Marcus Bell", Role.PRACTITIONER, DemoOrganisations.LEAD_MEMBER),
          new DemoUser(
              "dpo", "Helen Moss", Role.DATA_PROTECTION_LEAD, DemoOrganisations.LEAD_MEMBER),
          new DemoUser("datalead", "Nadia Rahman", Role.DATA_LEAD, DemoOrganisations.YOUNG_PEOPLE),
          new DemoUser("leader", "Ruth Adeyemi", Role.LEADERSHIP, DemoOrganisations.YOUNG_PEOPLE),
          new DemoUser(
              "finance", "Owen Pritchard", Role.FINANCE_LEAD, DemoOrganisations.LEAD_MEMBER));

  private record DemoUser(String username, String name, Role role, String organisation) {}

  /**
   * The fictional organisations of Brackenshire. Numbers follow the real formats but are invented.
   */
  static final class DemoOrganisations {
    static final String CITY_COUNCIL = "Brackenford City Council";
    static final String LEAD_MEMBER = "Brackenshire Recovery Partnership";
    static final String YOUNG_PEOPLE = "Open Road Young People's Service";

    static final List<OrganisationDetails> ALL =
        List.of(
            new OrganisationDetails(
                CITY_COUNCIL,
                OrganisationType.COUNCIL,
                Relationship.COMMISSIONER,
                null,
                null,
                "https://www.brackenford.example"),
            new OrganisationDetails(
                "West Brackenshire Council",
                OrganisationType.COUNCIL,
                Relationship.COMMISSIONER,
                null,
                null,
                "https://www.westbrackenshire.example"),
            new OrganisationDetails(
                LEAD_MEMBER,
                OrganisationType.CHARITY,
                Relationship.MEMBER,
                "1190457",
                "11934820",
                "https://recovery.brackenshire.example"),
            new OrganisationDetails(
                YOUNG_PEOPLE,
                OrganisationType.CHARITY,
                Relationship.MEMBER,
                "1175312",
                null,
                "https://openroad.example"),
            new OrganisationDetails(
                "Brackenshire Health NHS Foundation Trust",
                OrganisationType.NHS_TRUST,
                Relationship.MEMBER,
                null,
                null,
                "https://www.brackenshirehealth.example"),
            new OrganisationDetails(
                "Harbour Housing",
                OrganisationType.SOCIAL_ENTERPRISE,
                Relationship.MEMBER,
                null,
                "09846213",
                "https://harbourhousing.example"),
            new OrganisationDetails(
                "St Clement's Community Kitchen",
                OrganisationType.FAITH_GROUP,
                Relationship.MEMBER,
                "1142087",
                null,
                null),
            new OrganisationDetails(
                "Brackenford Women's Centre",
                OrganisationType.CHARITY,
                Relationship.MEMBER,
                "1128864",
                null,
                "https://womenscentre.brackenford.example"),
            new OrganisationDetails(
                "Steps to Work Ltd",
                OrganisationType.COMPANY,
                Relationship.MEMBER,
                null,
                "10562397",
                "https://stepstowork.example"),
            new OrganisationDetails(
                "Brackenford Recovery Café",
                OrganisationType.COMMUNITY_GROUP,
                Relationship.COMMUNITY,
                null,
                null,
                null));

    private DemoOrganisations() {}
  }
}
