package org.alliance.directory.hsds;

/**
 * One nested property of an HSDS object: where its rows are and how they link to the parent.
 *
 * @param property the JSON property, such as {@code phones}
 * @param childType the object type of its values (a table name)
 * @param kind how the link is stored
 * @param column the linking column: on the child for CHILDREN and LINKED, on the parent for
 *     REFERENCE
 * @param entityColumn for LINKED only: the child column naming the parent's table
 * @param owned CHILDREN and LINKED only: the children belong to the parent, so an import that lists
 *     the parent's children removes the ones it leaves out; not owned (an organization's locations,
 *     programs and services) are independent records an import never deletes
 * @param rootOnly followed only from the object asked for, never deeper: an organization's services
 *     appear in the organization document but not inside every service's organization
 * @param inheritedColumn REFERENCE only: a child column that, when missing, takes the parent's
 *     value of the same name (a service's program belongs to the service's organization)
 */
record Relation(
    String property,
    String childType,
    Kind kind,
    String column,
    String entityColumn,
    boolean owned,
    boolean rootOnly,
    String inheritedColumn) {

  enum Kind {
    /** many children whose {@code column} holds the parent's id */
    CHILDREN,
    /** one object whose id the parent holds in {@code column} */
    REFERENCE,
    /** many children linked by id and table name: attributes and metadata */
    LINKED
  }

  static Relation owned(String property, String childType, String column) {
    return new Relation(property, childType, Kind.CHILDREN, column, null, true, false, null);
  }

  static Relation listed(String property, String childType, String column) {
    return new Relation(property, childType, Kind.CHILDREN, column, null, false, false, null);
  }

  static Relation reference(String property, String childType, String column) {
    return new Relation(property, childType, Kind.REFERENCE, column, null, false, false, null);
  }

  static Relation linked(String property, String childType, String column, String entityColumn) {
    return new Relation(property, childType, Kind.LINKED, column, entityColumn, true, false, null);
  }

  Relation atRootOnly() {
    return new Relation(
        property, childType, kind, column, entityColumn, owned, true, inheritedColumn);
  }

  Relation inheriting(String sameNamedColumn) {
    return new Relation(
        property, childType, kind, column, entityColumn, owned, rootOnly, sameNamedColumn);
  }

  boolean many() {
    return kind != Kind.REFERENCE;
  }

  /** The table holding {@link #column}, for a relation declared on {@code parentType}. */
  String columnTable(String parentType) {
    return kind == Kind.REFERENCE ? parentType : childType;
  }
}
