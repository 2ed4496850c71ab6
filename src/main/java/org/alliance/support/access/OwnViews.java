package org.alliance.support.access;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to "My plan": which record a person's own account (or a proxy's) reads, and which
 * parts. The account id comes from the session, never from a request, so no route takes a person's
 * id from the address. The rule, in one place:
 *
 * <ol>
 *   <li>the account must be linked to a record ({@code support.person_account}), and the link not
 *       withdrawn;
 *   <li>a proxy's link holds only until its end date (a parent's, for a young person, ends at 18
 *       unless the young person renews it) and reaches only the parts the person agreed to, and
 *       never a labelled entry;
 *   <li>the person reads every part of their own record, labelled entries included;
 *   <li>a merged record is read as the record it was merged into (a merge is one person);
 *   <li>entries a practitioner withheld are left out by {@link Withholding} in every query.
 * </ol>
 */
@Component
public class OwnViews {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  OwnViews(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /**
   * Opens the account's own view to read or add to it, and audits the read in the caller's
   * transaction as any read of a record is.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public OwnView open(UUID userId, String purpose) {
    OwnView view = find(userId).orElseThrow(NoOwnView::new);
    audit.record(
        AuditEntry.of("person.own-view", "person", view.personId())
            .concerning(view.personId())
            .withDetail(purpose + "; as " + view.writtenAs()));
    return view;
  }

  /** The view the account would open now, without reading the record or auditing anything. */
  public Optional<OwnView> find(UUID userId) {
    LocalDate today = LocalDate.now(PersonAccess.UK);
    return jdbc.sql(
            """
            select coalesce(p.merged_into, p.id) as person_id, a.relation, a.relationship, a.parts
              from support.person_account a
              join support.person p on p.id = a.person_id
             where a.user_id = :user
               and a.withdrawn_at is null
               and (a.ends_on is null or a.ends_on > :today)
            """)
        .param("user", userId)
        .param("today", today)
        .query(
            (rs, n) -> {
              OwnView.Relation relation =
                  "self".equals(rs.getString("relation"))
                      ? OwnView.Relation.SELF
                      : OwnView.Relation.PROXY;
              Set<SharedPart> parts =
                  relation == OwnView.Relation.SELF
                      ? EnumSet.allOf(SharedPart.class)
                      : SharedPart.fromCodes(codes(rs.getArray("parts")));
              return new OwnView(
                  rs.getObject("person_id", UUID.class),
                  userId,
                  relation,
                  rs.getString("relationship"),
                  parts);
            })
        .optional();
  }

  private static java.util.List<String> codes(Array array) throws SQLException {
    return array == null ? java.util.List.of() : Arrays.asList((String[]) array.getArray());
  }
}
