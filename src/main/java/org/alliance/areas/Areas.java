package org.alliance.areas;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The areas, read as one {@link AreaTree} with the postcode districts placed in them. */
@Component
public class Areas {

  private final JdbcClient jdbc;

  Areas(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds the areas not held yet, parents before children; an area already held is left as it is. A
   * parent neither held nor given is left out (the area is added at the top), so a file that names
   * a parent it does not describe still adds what it does describe.
   *
   * @return how many were added
   */
  @Transactional
  public int addMissing(List<Area> areas) {
    java.util.Set<String> known =
        new java.util.HashSet<>(jdbc.sql("select code from areas.area").query(String.class).list());
    int added = 0;
    List<Area> ordered = areas.stream().sorted(java.util.Comparator.comparing(Area::kind)).toList();
    for (Area area : ordered) {
      if (known.contains(area.code())) {
        continue;
      }
      String parent = known.contains(area.parentCode()) ? area.parentCode() : null;
      added +=
          jdbc.sql(
                  """
                  insert into areas.area (code, name, kind, parent_code, made_up)
                  values (:code, :name, :kind, :parent, :madeUp) on conflict (code) do nothing
                  """)
              .param("code", area.code())
              .param("name", area.name())
              .param("kind", area.kind().code())
              .param("parent", parent)
              .param("madeUp", area.madeUp())
              .update();
      known.add(area.code());
    }
    return added;
  }

  /** Every area as it is now: a few thousand rows at most, read in one query. */
  public AreaTree tree() {
    List<Area> areas =
        jdbc.sql("select code, name, kind, parent_code, made_up from areas.area order by code")
            .query(
                (rs, row) ->
                    new Area(
                        rs.getString("code"),
                        rs.getString("name"),
                        AreaKind.parse(rs.getString("kind")).orElseThrow(),
                        rs.getString("parent_code"),
                        rs.getBoolean("made_up")))
            .list();
    Map<String, List<String>> districts = new LinkedHashMap<>();
    jdbc.sql("select outward, area_code from areas.postcode_district order by outward")
        .query(
            (ResultSet rs) -> {
              districts
                  .computeIfAbsent(rs.getString("area_code"), k -> new ArrayList<>())
                  .add(rs.getString("outward"));
            });
    return new AreaTree(areas, districts);
  }
}
