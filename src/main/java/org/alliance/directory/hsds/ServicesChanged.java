package org.alliance.directory.hsds;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way to say that services changed: their {@code last_modified} becomes now, so {@code
 * modified_after} is a change stream whatever the change came from (an editor, an import, a feed, a
 * link between records), and the change log tells each node's index and the subscribers.
 */
public final class ServicesChanged {

  private ServicesChanged() {}

  /** Marks the services changed, in the caller's transaction. */
  public static void mark(JdbcClient jdbc, Collection<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    String[] array = ids.stream().sorted().distinct().toArray(String[]::new);
    jdbc.sql("update directory.service set last_modified = now() where id = any(:ids)")
        .param("ids", array)
        .update();
    jdbc.sql(
            """
            insert into directory.change (resource_type, resource_id)
            select 'service', id from directory.service where id = any(:ids) order by id
            """)
        .param("ids", array)
        .update();
  }
}
