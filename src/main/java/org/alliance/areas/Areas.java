package org.alliance.areas;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The areas, read as one {@link AreaTree}. */
@Component
public class Areas {

  private final JdbcClient jdbc;

  Areas(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
    return new AreaTree(areas);
  }
}
