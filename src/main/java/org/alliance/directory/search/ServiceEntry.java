package org.alliance.directory.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.alliance.directory.hsds.HiddenPlaces;

/**
 * A service flattened for searching: what people search by and what a result shows, gathered from
 * the HSDS tables in a few set-wide queries.
 *
 * @param published whether Alliance publishes it ({@link
 *     org.alliance.directory.federation.Publication}): search finds only published services
 * @param terms taxonomy term ids on the service, with every ancestor, so a search for a broad need
 *     finds services tagged with a narrower one
 * @param taxonomies the taxonomies those terms belong to
 * @param places where it is delivered; a hidden address has only a coarse position (see {@link
 *     Place#of}), used only for distance and never shown
 * @param openHours minute-of-week intervals [start, end) when it is open, Monday 00:00 = 0
 * @param summaryJson the service's HSDS summary ({@code service_list.json}) as JSON text, as the
 *     Open Referral API lists it; it holds no locations, so no hidden address
 * @param locatedAt the service's rows in {@code service_at_location}, each matched by its own place
 *     and hours
 */
record ServiceEntry(
    String id,
    String name,
    String description,
    String organizationId,
    String organizationName,
    String status,
    boolean published,
    Integer minimumAge,
    Integer maximumAge,
    LocalDate assuredDate,
    java.time.Instant lastModified,
    Set<String> terms,
    Set<String> taxonomies,
    String termNames,
    List<Place> places,
    List<int[]> openHours,
    boolean hasCapacity,
    String summaryJson,
    List<AtLocation> locatedAt) {

  /**
   * The service at one of its locations.
   *
   * @param position where it is, or null when the address is hidden (a refuge) or there is none:
   *     such a row never matches a distance and sorts after every placed one, since distances from
   *     chosen postcodes would give a refuge's position away
   * @param openHours this row's own weekly hours, or the service's where the row has none
   */
  record AtLocation(String id, Position position, List<int[]> openHours) {}

  record Position(double latitude, double longitude) {}

  /** A location of the service: position and the town or postcode district people may see. */
  record Place(double latitude, double longitude, String area, boolean addressHidden) {

    /** A place as the index holds it: a hidden one only on {@link HiddenPlaces}' grid. */
    static Place of(double latitude, double longitude, String area, boolean addressHidden) {
      if (!addressHidden) {
        return new Place(latitude, longitude, area, false);
      }
      return new Place(HiddenPlaces.onGrid(latitude), HiddenPlaces.onGrid(longitude), area, true);
    }
  }
}
