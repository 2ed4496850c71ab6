package org.alliance.commissioning.risk;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.alliance.commissioning.risk.RiskRating.Band;
import org.alliance.identity.AllianceUser;
import org.alliance.identity.Role;
import org.alliance.identity.UserAccount;
import org.alliance.identity.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The risk register. Who sees and changes which risks is decided here and nowhere else: contract
 * risks are the commissioners'; alliance risks are read by the commissioner, the alliance manager
 * and the leadership team, and kept by the alliance manager. Every change saves a new version with
 * what changed, is checked against the version the form was opened at, and is audited in the same
 * transaction.
 */
@Component
class Risks {

  static final ZoneId UK = ZoneId.of("Europe/London");

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final UserAccounts users;

  Risks(JdbcClient jdbc, AuditLog audit, UserAccounts users) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.users = users;
  }

  static LocalDate today() {
    return LocalDate.now(UK);
  }

  /** What the register is filtered by; null means any. */
  record Filter(String level, UUID contractId, Band band, String status, boolean overdueOnly) {

    static Filter all() {
      return new Filter(null, null, null, null, false);
    }
  }

  static boolean maySee(AllianceUser user, String level) {
    if (RiskFields.CONTRACT.equals(level)) {
      return user.hasRole(Role.COMMISSIONER);
    }
    return user.hasRole(Role.COMMISSIONER)
        || user.hasRole(Role.ALLIANCE_MANAGER)
        || user.hasRole(Role.LEADERSHIP);
  }

  static boolean mayChange(AllianceUser user, String level) {
    return RiskFields.CONTRACT.equals(level)
        ? user.hasRole(Role.COMMISSIONER)
        : user.hasRole(Role.ALLIANCE_MANAGER);
  }

  private static final String SELECT =
      """
      select r.id, r.seq, r.level, r.contract_id, r.area, r.description, r.owner_name,
             r.owner_role, r.owner_user_id, r.likelihood, r.impact, r.mitigations,
             r.residual_likelihood, r.residual_impact, r.residual_rating, r.review_on, r.status,
             r.version, c.reference as contract_reference, c.service as contract_service
        from commissioning.risk r
        left join commissioning.contract c on c.id = r.contract_id
      """;

  /**
   * The risks the user may see that match the filter, most recently numbered last. The band is
   * matched in code, so the bands are worked out in one place ({@link RiskRating}).
   */
  List<Risk> list(AllianceUser user, Filter filter) {
    LocalDate today = today();
    return jdbc
        .sql(
            SELECT
                + """
                 where (cast(:level as text) is null or r.level = :level)
                   and (cast(:contract as uuid) is null or r.contract_id = :contract)
                   and (cast(:status as text) is null or r.status = :status)
                 order by r.seq
                """)
        .param("level", filter.level())
        .param("contract", filter.contractId())
        .param("status", filter.status())
        .query(Risks::map)
        .list()
        .stream()
        .filter(risk -> maySee(user, risk.fields().level()))
        .filter(
            risk ->
                filter.band() == null
                    || risk.fields().residualBand().filter(filter.band()::equals).isPresent())
        .filter(risk -> !filter.overdueOnly() || risk.overdue(today))
        .toList();
  }

  /** A risk the user may see on a page of this level, or a 404. */
  Risk find(AllianceUser user, UUID id, String level) {
    return jdbc.sql(SELECT + " where r.id = :id")
        .param("id", id)
        .query(Risks::map)
        .optional()
        .filter(risk -> risk.fields().level().equals(level))
        .filter(risk -> maySee(user, level))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** Every saved version, newest first. */
  List<RiskVersion> history(UUID id) {
    return jdbc.sql(
            """
            select version, changed_by_name, changed_at, changes, level, contract_id, area,
                   description, owner_name, owner_role, owner_user_id, likelihood, impact,
                   mitigations, residual_likelihood, residual_impact, residual_rating, review_on,
                   status
              from commissioning.risk_version
             where risk_id = :id
             order by version desc
            """)
        .param("id", id)
        .query(
            (rs, n) ->
                new RiskVersion(
                    rs.getInt("version"),
                    rs.getString("changed_by_name"),
                    rs.getTimestamp("changed_at").toInstant(),
                    texts(rs.getArray("changes")),
                    fields(rs)))
        .list();
  }

  List<ContractChoice> contracts() {
    return jdbc.sql("select id, reference, service from commissioning.contract order by reference")
        .query(ContractChoice.class)
        .list();
  }

  /** Users who may own a risk: commissioners, the alliance manager and the leadership team. */
  List<OwnerChoice> owners() {
    return users.all().stream()
        .filter(UserAccount::enabled)
        .filter(
            u ->
                u.roles().contains(Role.COMMISSIONER)
                    || u.roles().contains(Role.ALLIANCE_MANAGER)
                    || u.roles().contains(Role.LEADERSHIP))
        .map(u -> new OwnerChoice(u.id(), u.displayName(), roleOf(u)))
        .toList();
  }

  private static String roleOf(UserAccount user) {
    for (Role role : List.of(Role.COMMISSIONER, Role.ALLIANCE_MANAGER, Role.LEADERSHIP)) {
      if (user.roles().contains(role)) {
        return role.label();
      }
    }
    return "";
  }

  @Transactional
  UUID create(AllianceUser user, RiskFields fields) {
    if (!mayChange(user, fields.level())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    check(fields);
    UUID id =
        bind(
                jdbc.sql(
                    """
                    insert into commissioning.risk
                      (level, contract_id, area, description, owner_name, owner_role,
                       owner_user_id, likelihood, impact, mitigations, residual_likelihood,
                       residual_impact, residual_rating, review_on, status)
                    values
                      (:level, :contract, :area, :description, :ownerName, :ownerRole,
                       :ownerUser, :likelihood, :impact, :mitigations, :residualLikelihood,
                       :residualImpact, :residualRating, :reviewOn, :status)
                    returning id
                    """),
                fields)
            .query(UUID.class)
            .single();
    saveVersion(id, user, List.of("Risk added"));
    audit.record(AuditEntry.of("risk.created", "risk", id).withDetail(fields.level() + " risk"));
    return id;
  }

  /**
   * Saves a change as a new version if anything changed, and says what did; an empty list means
   * nothing changed and nothing was saved.
   */
  @Transactional
  List<String> update(AllianceUser user, UUID id, RiskFields fields, int version) {
    Risk current = find(user, id, fields.level());
    if (!mayChange(user, current.fields().level())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    if (current.version() != version) {
      throw new StaleRisk();
    }
    check(fields);
    List<String> changes = fields.changesFrom(current.fields());
    if (changes.isEmpty()) {
      return changes;
    }
    int updated =
        bind(
                jdbc.sql(
                    """
                    update commissioning.risk
                       set contract_id = :contract, area = :area, description = :description,
                           owner_name = :ownerName, owner_role = :ownerRole,
                           owner_user_id = :ownerUser, likelihood = :likelihood,
                           impact = :impact, mitigations = :mitigations,
                           residual_likelihood = :residualLikelihood,
                           residual_impact = :residualImpact, residual_rating = :residualRating,
                           review_on = :reviewOn, status = :status,
                           version = version + 1, updated_at = now()
                     where id = :id and version = :version and level = :level
                    """),
                fields)
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new StaleRisk();
    }
    saveVersion(id, user, changes);
    audit.record(
        AuditEntry.of("risk.changed", "risk", id)
            .withDetail("version " + (version + 1) + ": " + String.join("; ", changes)));
    return changes;
  }

  /** The contract and owner must be real ones: ids in a form come from anyone. */
  private void check(RiskFields fields) {
    if (fields.contractId() != null
        && !jdbc.sql("select exists (select 1 from commissioning.contract where id = :id)")
            .param("id", fields.contractId())
            .query(Boolean.class)
            .single()) {
      throw new RiskProblem("contract", "Choose one of the contracts in the register");
    }
    if (fields.ownerUserId() != null
        && owners().stream().noneMatch(o -> o.id().equals(fields.ownerUserId()))) {
      throw new RiskProblem("ownerUser", "Choose one of the users listed, or no one");
    }
  }

  private void saveVersion(UUID id, AllianceUser user, List<String> changes) {
    jdbc.sql(
            """
            insert into commissioning.risk_version
              (risk_id, version, changed_by, changed_by_name, changes, level, contract_id, area,
               description, owner_name, owner_role, owner_user_id, likelihood, impact,
               mitigations, residual_likelihood, residual_impact, residual_rating, review_on,
               status)
            select id, version, :by, :byName, :changes, level, contract_id, area, description,
                   owner_name, owner_role, owner_user_id, likelihood, impact, mitigations,
                   residual_likelihood, residual_impact, residual_rating, review_on, status
              from commissioning.risk
             where id = :id
            """)
        .param("id", id)
        .param("by", user == null ? null : user.userId())
        .param("byName", user == null ? "Demo data" : user.displayName())
        .param("changes", changes.toArray(String[]::new))
        .update();
  }

  /** Adds a risk as the system (demo data), with its first version; the caller audits. */
  UUID createBySystem(RiskFields fields) {
    UUID id =
        bind(
                jdbc.sql(
                    """
                    insert into commissioning.risk
                      (level, contract_id, area, description, owner_name, owner_role,
                       owner_user_id, likelihood, impact, mitigations, residual_likelihood,
                       residual_impact, residual_rating, review_on, status)
                    values
                      (:level, :contract, :area, :description, :ownerName, :ownerRole,
                       :ownerUser, :likelihood, :impact, :mitigations, :residualLikelihood,
                       :residualImpact, :residualRating, :reviewOn, :status)
                    returning id
                    """),
                fields)
            .query(UUID.class)
            .single();
    saveVersion(id, null, List.of("Risk added"));
    return id;
  }

  /** Open risks past their review date that the notice is for: all, or those a user owns. */
  int overdue(Optional<UUID> ownedBy, List<String> levels) {
    return jdbc.sql(
            """
            select count(*) from commissioning.risk
             where status = 'open' and review_on < :today and level in (:levels)
               and (cast(:owner as uuid) is null or owner_user_id = :owner)
            """)
        .param("today", today())
        .param("levels", levels)
        .param("owner", ownedBy.orElse(null))
        .query(Integer.class)
        .single();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, RiskFields f) {
    return sql.param("level", f.level())
        .param("contract", f.contractId())
        .param("area", f.area())
        .param("description", f.description())
        .param("ownerName", f.ownerName())
        .param("ownerRole", f.ownerRole())
        .param("ownerUser", f.ownerUserId())
        .param("likelihood", f.likelihood())
        .param("impact", f.impact())
        .param("mitigations", f.mitigations().toArray(String[]::new))
        .param("residualLikelihood", f.residualLikelihood())
        .param("residualImpact", f.residualImpact())
        .param("residualRating", f.residualRating())
        .param("reviewOn", f.reviewOn())
        .param("status", f.status());
  }

  private static Risk map(ResultSet rs, int n) throws SQLException {
    return new Risk(
        rs.getObject("id", UUID.class),
        rs.getLong("seq"),
        fields(rs),
        rs.getString("contract_reference"),
        rs.getString("contract_service"),
        rs.getInt("version"));
  }

  private static RiskFields fields(ResultSet rs) throws SQLException {
    return new RiskFields(
        rs.getString("level"),
        rs.getObject("contract_id", UUID.class),
        rs.getString("area"),
        rs.getString("description"),
        rs.getString("owner_name"),
        rs.getString("owner_role"),
        rs.getObject("owner_user_id", UUID.class),
        (Integer) rs.getObject("likelihood", Integer.class),
        rs.getObject("impact", Integer.class),
        texts(rs.getArray("mitigations")),
        rs.getObject("residual_likelihood", Integer.class),
        rs.getObject("residual_impact", Integer.class),
        rs.getString("residual_rating"),
        rs.getObject("review_on", LocalDate.class),
        rs.getString("status"));
  }

  private static List<String> texts(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
