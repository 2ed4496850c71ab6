package org.alliance.areas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every area at one moment, with the hierarchy walked in memory: what lies within an area, what it
 * lies in, and which area a name (as a service area or a form gives it) means.
 */
public final class AreaTree {

  /** Words people put before an area's name that do not change which area it is. */
  private static final List<String> LEADING = List.of("all of ", "the whole of ", "across ");

  private final Map<String, Area> byCode = new LinkedHashMap<>();
  private final Map<String, List<Area>> children = new LinkedHashMap<>();
  private final Map<String, List<Area>> byName = new LinkedHashMap<>();
  private final Map<String, List<String>> postcodeDistricts = new LinkedHashMap<>();

  /** The kinds of area a commissioner looks at needs by, largest first. */
  private static final List<AreaKind> LOCAL =
      List.of(AreaKind.COUNTY, AreaKind.DISTRICT, AreaKind.TOWN, AreaKind.WARD);

  AreaTree(Collection<Area> areas) {
    this(areas, Map.of());
  }

  /**
   * @param postcodeDistricts outward codes (BK1) by the code of the area each is placed in
   */
  AreaTree(Collection<Area> areas, Map<String, List<String>> postcodeDistricts) {
    this.postcodeDistricts.putAll(postcodeDistricts);
    for (Area area : areas) {
      byCode.put(area.code(), area);
      byName.computeIfAbsent(key(area.name()), k -> new ArrayList<>()).add(area);
      if (area.parentCode() != null) {
        children.computeIfAbsent(area.parentCode(), k -> new ArrayList<>()).add(area);
      }
    }
  }

  public boolean isEmpty() {
    return byCode.isEmpty();
  }

  public Collection<Area> all() {
    return byCode.values();
  }

  public Optional<Area> byCode(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /**
   * The area a name means: by code, or by name ("All of Brackenshire" is Brackenshire). Where a
   * town and its district share a name, the smaller is meant: reach is never claimed wider than
   * said.
   */
  public Optional<Area> named(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    if (byCode.containsKey(name.trim())) {
      return Optional.of(byCode.get(name.trim()));
    }
    String key = key(name);
    for (String leading : LEADING) {
      if (key.startsWith(leading)) {
        key = key.substring(leading.length()).trim();
      }
    }
    return byName.getOrDefault(key, List.of()).stream().max(Comparator.comparing(Area::kind));
  }

  /** The areas of a kind that lie within this one (itself when it is of that kind). */
  public List<Area> within(Area area, AreaKind kind) {
    List<Area> found = new ArrayList<>();
    collect(area, kind, found, 0);
    return found;
  }

  /** The areas this one lies in, nearest first. */
  public List<Area> ancestors(Area area) {
    List<Area> found = new ArrayList<>();
    Area current = byCode.get(area.parentCode() == null ? "" : area.parentCode());
    // A hierarchy is a handful deep; the bound stops a loop in bad data.
    for (int depth = 0; current != null && depth < 10; depth++) {
      found.add(current);
      current = current.parentCode() == null ? null : byCode.get(current.parentCode());
    }
    return found;
  }

  /** The areas of a kind, in name order. */
  public List<Area> ofKind(AreaKind kind) {
    return byCode.values().stream()
        .filter(area -> area.kind() == kind)
        .sorted(Comparator.comparing(Area::name))
        .toList();
  }

  /**
   * The areas a commissioner chooses from: counties, then districts, towns and wards, each in name
   * order.
   */
  public List<Area> local() {
    List<Area> local = new ArrayList<>();
    LOCAL.forEach(kind -> local.addAll(ofKind(kind)));
    return local;
  }

  /** The local area with this code, or else the first local area; empty only with none at all. */
  public Optional<Area> localOrFirst(String code) {
    List<Area> local = local();
    return byCode(code)
        .filter(area -> LOCAL.contains(area.kind()))
        .or(() -> local.stream().findFirst());
  }

  /**
   * The postcode districts (outward codes such as BK1) placed in this area or in any area within
   * it, in code order; none for a ward, as postcode districts are larger than wards.
   */
  public List<String> postcodeDistricts(Area area) {
    List<String> found = new ArrayList<>();
    collectDistricts(area, found, 0);
    return found.stream().sorted().toList();
  }

  private void collectDistricts(Area area, List<String> into, int depth) {
    into.addAll(postcodeDistricts.getOrDefault(area.code(), List.of()));
    if (depth > 10) {
      return;
    }
    for (Area child : children.getOrDefault(area.code(), List.of())) {
      collectDistricts(child, into, depth + 1);
    }
  }

  private void collect(Area area, AreaKind kind, List<Area> into, int depth) {
    if (area.kind() == kind) {
      into.add(area);
      return;
    }
    if (depth > 10 || area.kind().compareTo(kind) > 0) {
      return;
    }
    for (Area child : children.getOrDefault(area.code(), List.of())) {
      collect(child, kind, into, depth + 1);
    }
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
