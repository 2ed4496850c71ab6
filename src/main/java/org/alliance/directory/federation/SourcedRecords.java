package org.alliance.directory.federation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads services as {@link SourcedRecord}s: their mergeable fields and their source. */
@Component
public class SourcedRecords {

  private final JdbcClient jdbc;

  SourcedRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The records with these ids, by id; an unknown id is left out. */
  public Map<String, SourcedRecord> read(List<String> ids) {
    Map<String, SourcedRecord> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    jdbc.sql(
            """
            select s.id, s.name, %s, f.name as feed_name, fr.last_pulled, s.last_modified
              from directory.service s
              left join directory.feed_record fr on fr.service_id = s.id
              left join directory.feed f on f.id = fr.feed_id
             where s.id = any(:ids)
            """
                .formatted("s." + String.join(", s.", FieldByField.FIELDS)))
        .param("ids", ids.toArray(String[]::new))
        .query(
            (ResultSet rs) -> {
              SourcedRecord record = record(rs);
              found.put(record.id(), record);
            });
    return found;
  }

  private static SourcedRecord record(ResultSet rs) throws SQLException {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String field : FieldByField.FIELDS) {
      Object value = rs.getObject(field);
      if (value instanceof BigDecimal number) {
        fields.put(field, number.intValue());
      } else if (value instanceof String text && !text.isBlank()) {
        fields.put(field, text);
      }
    }
    String feed = rs.getString("feed_name");
    Timestamp checked = rs.getTimestamp(feed == null ? "last_modified" : "last_pulled");
    return new SourcedRecord(
        rs.getString("id"),
        rs.getString("name"),
        feed,
        checked == null ? null : checked.toInstant(),
        fields);
  }
}
