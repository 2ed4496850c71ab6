package org.alliance.organisation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The organisations register: the one door other modules use. */
@Component
public class Organisations {

  private static final String COLUMNS =
      "id, name, type, relationship, charity_number, company_number, website, version";

  /**
   * Names for pages that list many rows (a record's grants, referrals, timeline): a few seconds out
   * of date after a rename on another node is harmless, a query a row at every page is not.
   */
  private final Cache<UUID, Optional<String>> names =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(60)).build();

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Organisations(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public List<Organisation> all() {
    return jdbc.sql("select " + COLUMNS + " from organisation.organisation order by lower(name)")
        .query(Organisations::map)
        .list();
  }

  public Optional<Organisation> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from organisation.organisation where id = :id")
        .param("id", id)
        .query(Organisations::map)
        .optional();
  }

  /** The organisation's name, at most a minute old; empty when there is no such organisation. */
  public Optional<String> name(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    return names.get(
        id,
        key ->
            jdbc.sql("select name from organisation.organisation where id = :id")
                .param("id", key)
                .query(String.class)
                .optional());
  }

  public boolean isEmpty() {
    return jdbc.sql("select not exists (select 1 from organisation.organisation)")
        .query(Boolean.class)
        .single();
  }

  /** Adds an organisation, audited as the signed-in user (or the system when none). */
  @Transactional
  public Organisation create(OrganisationDetails details, boolean bySystem) {
    UUID id;
    try {
      id =
          jdbc.sql(
                  """
              insert into organisation.organisation
                (name, type, relationship, charity_number, company_number, website)
              values (:name, :type, :relationship, :charity, :company, :website)
              returning id
              """)
              .param("name", details.name().trim())
              .param("type", details.type().code())
              .param("relationship", details.relationship().code())
              .param("charity", details.charityNumber())
              .param("company", details.companyNumber())
              .param("website", details.website())
              .query(UUID.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new OrganisationNameTaken(details.name());
    }
    AuditEntry entry = AuditEntry.of("organisation.created", "organisation", id);
    if (bySystem) {
      audit.recordSystem(entry);
    } else {
      audit.record(entry);
    }
    return find(id).orElseThrow();
  }

  /**
   * Changes an organisation if nobody else has changed it since {@code expectedVersion} was read.
   *
   * @throws StaleOrganisation when someone else saved first
   */
  @Transactional
  public Organisation update(UUID id, int expectedVersion, OrganisationDetails details) {
    int changed;
    try {
      changed =
          jdbc.sql(
                  """
              update organisation.organisation
                 set name = :name, type = :type, relationship = :relationship,
                     charity_number = :charity, company_number = :company, website = :website,
                     version = version + 1, updated_at = now()
               where id = :id and version = :version
              """)
              .param("id", id)
              .param("version", expectedVersion)
              .param("name", details.name().trim())
              .param("type", details.type().code())
              .param("relationship", details.relationship().code())
              .param("charity", details.charityNumber())
              .param("company", details.companyNumber())
              .param("website", details.website())
              .update();
    } catch (DuplicateKeyException e) {
      throw new OrganisationNameTaken(details.name());
    }
    if (changed == 0) {
      throw new StaleOrganisation(id);
    }
    audit.record(AuditEntry.of("organisation.updated", "organisation", id));
    names.invalidate(id);
    return find(id).orElseThrow();
  }

  private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Organisation(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        OrganisationType.fromCode(rs.getString("type")).orElseThrow(),
        Relationship.fromCode(rs.getString("relationship")).orElseThrow(),
        rs.getString("charity_number"),
        rs.getString("company_number"),
        rs.getString("website"),
        rs.getInt("version"));
  }

  /** Another organisation already has this name. */
  public static class OrganisationNameTaken extends RuntimeException {
    OrganisationNameTaken(String name) {
      super("An organisation called " + name + " already exists");
    }
  }

  /** Someone else saved the organisation after it was read. */
  public static class StaleOrganisation extends RuntimeException {
    StaleOrganisation(UUID id) {
      super("Organisation " + id + " was changed by someone else");
    }
  }
}
