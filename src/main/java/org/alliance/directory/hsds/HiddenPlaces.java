package org.alliance.directory.hsds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Refuges and safe houses ({@code location.address_hidden}): the one rule for what a hidden place
 * shows outside the Alliance organisation that looks after it (the one linked to the location's
 * HSDS organization). Outside it, a hidden location is withheld: it keeps only what {@link
 * #withheld} builds (its id, its type and its town), whatever else it holds now or gains later: no
 * street, postcode, position, external identifier, metadata, accessibility, phones, schedules or
 * name. A hidden place whose organization is linked to no Alliance member is shown in full to
 * administrators only.
 *
 * <p>Every document the directory reads goes through {@link #hide} (the {@link TreeReader} calls
 * it, and stored versions and proposed changes are passed through it before they are shown); SQL
 * that reads addresses or positions of locations {@code l} itself filters with {@link #SHOWN}.
 */
@Component
public class HiddenPlaces {

  /**
   * SQL: whether location {@code l} may be shown in full to the viewer bound as {@code
   * :seesEverything} and {@code :viewerOrganisation} (see {@link #bind}).
   */
  public static final String SHOWN =
      """
      (not l.address_hidden or :seesEverything or exists (
         select 1 from directory.organization ho
          where ho.id = l.organization_id and ho.alliance_organisation_id = :viewerOrganisation))""";

  /** What a withheld place says instead of its address, in the API and on pages. */
  public static final String NOT_PUBLISHED =
      "The address of this place is not published, to keep the people there safe.";

  /**
   * Where search holds a hidden place: on a grid of this many degrees (about 5.5 km north-south,
   * 3.4 km east-west here), at the middle of its square, which says no more than its town.
   * Distances shown from a few postcodes, or proximity filters narrowed metre by metre, would
   * otherwise triangulate it.
   */
  public static final double GRID = 0.05;

  private final JdbcClient jdbc;

  HiddenPlaces(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A hidden place's latitude or longitude as search may hold it: the middle of its grid square.
   */
  public static double onGrid(double degrees) {
    return (Math.floor(degrees / GRID) + 0.5) * GRID;
  }

  /** Binds the parameters {@link #SHOWN} uses. */
  public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Viewer viewer) {
    return sql.param("seesEverything", viewer.seesEverything())
        .param("viewerOrganisation", viewer.organisation());
  }

  /** The documents, with every hidden place the viewer may not see withheld (changed in place). */
  public <T extends JsonNode> List<T> hide(List<T> documents, Viewer viewer) {
    if (documents.isEmpty() || viewer.seesEverything()) {
      return documents;
    }
    Map<String, ObjectNode> withheld = withheld(viewer);
    if (!withheld.isEmpty()) {
      documents.forEach(document -> hide(document, false, withheld));
    }
    return documents;
  }

  /** One document, as {@link #hide(List, Viewer)}; null stays null. */
  public <T extends JsonNode> T hide(T document, Viewer viewer) {
    if (document != null) {
      hide(List.of(document), viewer);
    }
    return document;
  }

  /**
   * An edited copy of a document that was read for this viewer, with each place withheld from them
   * put back as {@code full} (the same document read for the operator) holds it: someone who cannot
   * see a place cannot change it either, and the withheld form must never be written over it.
   */
  public ObjectNode keepWithheld(ObjectNode edited, ObjectNode full, Viewer viewer) {
    if (edited == null || full == null || viewer.seesEverything()) {
      return edited;
    }
    Map<String, ObjectNode> withheld = withheld(viewer);
    if (withheld.isEmpty()) {
      return edited;
    }
    Map<String, ObjectNode> originals = new HashMap<>();
    collect(full, false, withheld, originals);
    restore(edited, false, withheld, originals);
    return edited;
  }

  /** Whether this location object is a withheld hidden place (as {@link #hide} leaves one). */
  public static boolean isWithheld(JsonNode location) {
    return NOT_PUBLISHED.equals(location.path("description").asString(""));
  }

  /** Hidden places this viewer may not see, by id, each as it is shown instead. */
  private Map<String, ObjectNode> withheld(Viewer viewer) {
    Map<String, ObjectNode> withheld = new HashMap<>();
    bind(
            jdbc.sql(
                """
                select l.id, l.location_type,
                       (select a.city from directory.address a where a.location_id = l.id
                         order by a.address_type = 'physical' desc, a.id limit 1) as town
                  from directory.location l
                 where l.address_hidden and not %s
                """
                    .formatted(SHOWN)),
            viewer)
        .query(
            rs -> {
              withheld.put(
                  rs.getString("id"),
                  withheld(
                      rs.getString("id"), rs.getString("location_type"), rs.getString("town")));
            });
    return withheld;
  }

  /**
   * The allow-list: all a hidden place shows outside its organisation. Its town stands as its name
   * (its own name can say more than the town: "the refuge behind the church").
   */
  private static ObjectNode withheld(String id, String type, String town) {
    ObjectNode place = JsonNodeFactory.instance.objectNode();
    place.put("id", id);
    place.put("location_type", type);
    if (town != null && !town.isBlank()) {
      place.put("name", town);
    }
    place.put("description", NOT_PUBLISHED);
    return place;
  }

  private static void hide(JsonNode node, boolean isLocation, Map<String, ObjectNode> withheld) {
    if (node instanceof ObjectNode object) {
      ObjectNode instead = isLocation(object, isLocation) ? withheld.get(id(object)) : null;
      if (instead != null) {
        object.removeAll();
        object.setAll(instead.deepCopy());
        return;
      }
      object.properties().forEach(e -> hide(e.getValue(), locationKey(e.getKey()), withheld));
    } else if (node != null && node.isArray()) {
      node.forEach(child -> hide(child, isLocation, withheld));
    }
  }

  private static void collect(
      JsonNode node,
      boolean isLocation,
      Map<String, ObjectNode> withheld,
      Map<String, ObjectNode> originals) {
    if (node instanceof ObjectNode object) {
      if (isLocation(object, isLocation) && withheld.containsKey(id(object))) {
        originals.putIfAbsent(id(object), object);
        return;
      }
      object
          .properties()
          .forEach(e -> collect(e.getValue(), locationKey(e.getKey()), withheld, originals));
    } else if (node != null && node.isArray()) {
      node.forEach(child -> collect(child, isLocation, withheld, originals));
    }
  }

  private static void restore(
      JsonNode node,
      boolean isLocation,
      Map<String, ObjectNode> withheld,
      Map<String, ObjectNode> originals) {
    if (node instanceof ObjectNode object) {
      if (isLocation(object, isLocation) && withheld.containsKey(id(object))) {
        ObjectNode original = originals.get(id(object));
        if (original == null) {
          throw new IllegalArgumentException("a hidden place the published service does not hold");
        }
        object.removeAll();
        object.setAll(original.deepCopy());
        return;
      }
      object
          .properties()
          .forEach(e -> restore(e.getValue(), locationKey(e.getKey()), withheld, originals));
    } else if (node != null && node.isArray()) {
      node.forEach(child -> restore(child, isLocation, withheld, originals));
    }
  }

  /** A location is found under a location key, or by its type, which every location has. */
  private static boolean isLocation(ObjectNode object, boolean underLocationKey) {
    return underLocationKey || object.has("location_type");
  }

  private static boolean locationKey(String key) {
    return key.equals("location") || key.equals("locations");
  }

  private static String id(ObjectNode object) {
    return object.path("id").asString("");
  }
}
