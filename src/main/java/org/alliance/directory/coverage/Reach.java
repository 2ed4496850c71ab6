package org.alliance.directory.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.areas.Area;
import org.alliance.areas.AreaKind;
import org.alliance.areas.AreaTree;

/**
 * Where each service reaches, town by town: the towns of its places, and every town within its
 * service areas (a county-wide service reaches every town in the county). A service with no place
 * that people can phone or use online reaches its service areas that way. A service area or town
 * the area list does not know is kept under its own name, so nothing is silently dropped.
 */
final class Reach {

  /** How a service reaches a town, strongest first: a cell says how it is made up. */
  enum Way {
    HERE("at a place here"),
    AREA("covers the area"),
    REMOTE("by phone or online");

    final String words;

    Way(String words) {
      this.words = words;
    }
  }

  /**
   * One service reaching one town.
   *
   * @param through the service area it reaches the town through, or null for a place here
   */
  record Reaching(String serviceId, String service, Way way, String through) {
    String describe() {
      return through == null || way == Way.HERE ? way.words : way.words + " (" + through + ")";
    }
  }

  private final Map<String, Map<String, Reaching>> byService = new LinkedHashMap<>();
  private final Set<String> columns = new LinkedHashSet<>();

  /**
   * @param places each service's place towns
   * @param serviceAreas each service's service area names
   * @param remote services with no place that have a phone number or a website
   */
  Reach(
      AreaTree areas,
      Map<String, String> names,
      Map<String, Set<String>> places,
      Map<String, Set<String>> serviceAreas,
      Set<String> remote) {
    areas.ofKind(AreaKind.TOWN).forEach(town -> columns.add(town.name()));
    places.forEach(
        (serviceId, towns) -> towns.forEach(town -> add(serviceId, names, town, Way.HERE, null)));
    serviceAreas.forEach(
        (serviceId, areaNames) -> {
          Way way = remote.contains(serviceId) ? Way.REMOTE : Way.AREA;
          for (String name : areaNames) {
            Area area = areas.named(name).orElse(null);
            List<Area> towns = area == null ? List.of() : areas.within(area, AreaKind.TOWN);
            if (towns.isEmpty() && area != null && area.kind() == AreaKind.WARD) {
              // A ward reaches the town it lies in, and no further.
              areas.ancestors(area).stream()
                  .filter(a -> a.kind() == AreaKind.TOWN)
                  .findFirst()
                  .ifPresent(towns::add);
            }
            if (towns.isEmpty()) {
              add(serviceId, names, name, way, null);
            } else {
              for (Area town : towns) {
                add(serviceId, names, town.name(), way, area.name());
              }
            }
          }
        });
  }

  private void add(
      String serviceId, Map<String, String> names, String town, Way way, String through) {
    columns.add(town);
    Map<String, Reaching> towns = byService.computeIfAbsent(serviceId, id -> new LinkedHashMap<>());
    Reaching existing = towns.get(town);
    if (existing == null || way.compareTo(existing.way()) < 0) {
      towns.put(town, new Reaching(serviceId, names.get(serviceId), way, through));
    }
  }

  /** The towns, those the area list knows first, then any it does not. */
  List<String> columns() {
    return new ArrayList<>(columns);
  }

  /** How the service reaches each town it reaches. */
  Map<String, Reaching> of(String serviceId) {
    return byService.getOrDefault(serviceId, Map.of());
  }
}
