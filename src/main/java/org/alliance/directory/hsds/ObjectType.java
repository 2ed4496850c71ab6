package org.alliance.directory.hsds;

import java.util.List;

/**
 * An HSDS object type: its table (whose name it shares) and its nested properties in JSON order.
 */
record ObjectType(Table table, List<Relation> relations) {

  String name() {
    return table.name();
  }
}
