package org.alliance.directory.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.directory.hsds.HiddenPlaces;
import org.alliance.directory.hsds.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pairs of entries that are probably the same service: names that look alike (trigram similarity,
 * through an index), the same phone number, or the same street address.
 */
@Component
class LikelyDuplicates {

  static final double SIMILAR_NAMES = 0.55;

  private final JdbcClient jdbc;

  LikelyDuplicates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param viewer who will see the pairs: a hidden place they may not see never makes a "same
   *     address" pair, which would tell them that a refuge is at the other entry's address
   */
  List<Pair> find(Viewer viewer) {
    Map<String, Pair> pairs = new LinkedHashMap<>();
    collect(
        pairs,
        "similar names",
        jdbc.sql(
            """
        select a.id as a_id, a.name as a_name, oa.name as a_org, b.id as b_id, b.name as b_name, ob.name as b_org
          from directory.service a
          join directory.service b on a.id < b.id and a.name %% b.name and similarity(a.name, b.name) >= %s
          join directory.organization oa on oa.id = a.organization_id
          join directory.organization ob on ob.id = b.organization_id
         where a.status = 'active' and b.status = 'active'
        """
                .formatted(SIMILAR_NAMES)));
    collect(
        pairs,
        "same phone number",
        jdbc.sql(
            """
        with numbers as (
          select p.service_id, regexp_replace(p.number, '[^0-9]', '', 'g') as digits from directory.phone p
           where p.service_id is not null
          union
          select sal.service_id, regexp_replace(p.number, '[^0-9]', '', 'g') from directory.phone p
            join directory.service_at_location sal on sal.id = p.service_at_location_id
        )
        select distinct a.id as a_id, a.name as a_name, oa.name as a_org, b.id as b_id, b.name as b_name, ob.name as b_org
          from numbers na join numbers nb on na.digits = nb.digits and na.service_id < nb.service_id and length(na.digits) >= 6
          join directory.service a on a.id = na.service_id
          join directory.service b on b.id = nb.service_id
          join directory.organization oa on oa.id = a.organization_id
          join directory.organization ob on ob.id = b.organization_id
         where a.status = 'active' and b.status = 'active'
        """));
    collect(
        pairs,
        "same address",
        HiddenPlaces.bind(
            jdbc.sql(
                """
        with places as (
          select sal.service_id, lower(regexp_replace(ad.address_1, '\\s+', ' ', 'g')) as street,
                 upper(replace(ad.postal_code, ' ', '')) as postcode
            from directory.service_at_location sal join directory.address ad on ad.location_id = sal.location_id
            join directory.location l on l.id = sal.location_id
           where %s
        )
        select distinct a.id as a_id, a.name as a_name, oa.name as a_org, b.id as b_id, b.name as b_name, ob.name as b_org
          from places pa join places pb on pa.street = pb.street and pa.postcode = pb.postcode and pa.service_id < pb.service_id
          join directory.service a on a.id = pa.service_id
          join directory.service b on b.id = pb.service_id
          join directory.organization oa on oa.id = a.organization_id
          join directory.organization ob on ob.id = b.organization_id
         where a.status = 'active' and b.status = 'active'
        """
                    .formatted(HiddenPlaces.SHOWN)),
            viewer));
    // Sharing an address alone is common (a hub with many services); show pairs with more than one
    // reason first.
    List<Pair> sorted = new ArrayList<>(pairs.values());
    sorted.sort((x, y) -> Integer.compare(y.reasons().size(), x.reasons().size()));
    return sorted;
  }

  private void collect(Map<String, Pair> pairs, String reason, JdbcClient.StatementSpec sql) {
    sql.query(
            (rs, row) ->
                new Pair(
                    rs.getString("a_id"),
                    rs.getString("a_name"),
                    rs.getString("a_org"),
                    rs.getString("b_id"),
                    rs.getString("b_name"),
                    rs.getString("b_org"),
                    new ArrayList<>()))
        .list()
        .forEach(
            pair ->
                pairs
                    .computeIfAbsent(pair.firstId() + "|" + pair.secondId(), key -> pair)
                    .reasons()
                    .add(reason));
  }

  /** Two entries and why they look like one service. */
  record Pair(
      String firstId,
      String firstName,
      String firstOrganization,
      String secondId,
      String secondName,
      String secondOrganization,
      List<String> reasons) {}
}
