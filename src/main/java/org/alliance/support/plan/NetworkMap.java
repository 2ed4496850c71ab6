package org.alliance.support.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The people and places around a person drawn as rings: the person in the middle, the very close on
 * the inner ring, the further out on the outer. Computed here, drawn by the template as SVG; each
 * kind has its own shape and its name beside it, and the same content is in the list below.
 */
public record NetworkMap(List<Ring> rings, List<Node> nodes, List<Key> key) {

  static final double CENTRE = 300;
  static final double[] RADII = {95, 180, 265};
  static final int WIDTH = 600;
  static final int HEIGHT = 660;

  public record Ring(double r, String label, double labelY) {}

  public record Node(
      String shape, String kindCode, String kind, String name, double x, double y, double textY) {}

  public record Key(String shape, String kindCode, String kind, double x, double textX) {}

  static NetworkMap of(List<NetworkMember> network) {
    List<Ring> rings = new ArrayList<>();
    for (Closeness c : Closeness.values()) {
      double r = RADII[c.ring() - 1];
      rings.add(new Ring(r, c.label(), CENTRE - r + 14));
    }
    List<Node> nodes = new ArrayList<>();
    for (Closeness c : Closeness.values()) {
      List<NetworkMember> here =
          network.stream()
              .filter(NetworkMember::stillAround)
              .filter(m -> m.closeness() == c)
              .toList();
      double r = RADII[c.ring() - 1];
      for (int i = 0; i < here.size(); i++) {
        NetworkMember m = here.get(i);
        // Start each ring at a different angle so that rings' nodes do not line up.
        double angle = Math.toRadians(-60 + c.ring() * 23 + 360.0 * i / here.size());
        double x = CENTRE + r * Math.cos(angle);
        double y = CENTRE + r * Math.sin(angle);
        nodes.add(
            new Node(
                Shapes.path(m.kind().ordinal(), x, y, 18),
                m.kind().code(),
                m.kind().label(),
                shorten(m.name()),
                x,
                y,
                y + 24));
      }
    }
    List<Key> key = new ArrayList<>();
    NetworkKind[] kinds = NetworkKind.values();
    for (int i = 0; i < kinds.length; i++) {
      double x = 20 + i * 97;
      key.add(
          new Key(
              Shapes.path(kinds[i].ordinal(), x + 8, HEIGHT - 26, 16),
              kinds[i].code(),
              kinds[i] == NetworkKind.PLACE ? "Place" : kinds[i].label(),
              x,
              x + 20));
    }
    return new NetworkMap(rings, nodes, key);
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public double centre() {
    return CENTRE;
  }

  public String viewBox() {
    return "0 0 " + WIDTH + " " + HEIGHT;
  }

  public double keyY() {
    return HEIGHT - 21;
  }

  private static String shorten(String name) {
    return name.length() <= 18 ? name : name.substring(0, 17) + "…";
  }
}
