package org.alliance.outcomes.cohort;

import java.util.ArrayList;
import java.util.List;

/**
 * A cohort's figures as paired bars: before (outlined) and after (filled) for each measure, each
 * pair on its own scale since admissions and bed days are not counted in the same units. Every bar
 * carries its figure in words, so the chart reads without colour; a suppressed figure has no bar,
 * only "not shown". The table beside it says the same for a screen reader.
 */
public record CohortChart(int width, int height, List<Pair> pairs, String description) {

  static final int WIDTH = 760;
  private static final int TOP = 12;
  private static final int ROW = 64;
  private static final int LEFT = 8;
  private static final int LONGEST = 460;

  public record Pair(
      String measure, int y, int beforeWidth, int afterWidth, String beforeText, String afterText) {

    public int nameY() {
      return y + 12;
    }

    public int beforeY() {
      return y + 18;
    }

    public int afterY() {
      return y + 38;
    }

    public int beforeTextX() {
      return LEFT + beforeWidth + 8;
    }

    public int afterTextX() {
      return LEFT + afterWidth + 8;
    }
  }

  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  public int left() {
    return LEFT;
  }

  static CohortChart of(ShownCohort cohort) {
    List<Pair> pairs = new ArrayList<>();
    List<String> said = new ArrayList<>();
    int y = TOP;
    for (ShownCohort.Shown figure : cohort.figures()) {
      int most =
          Math.max(
              1,
              Math.max(
                  figure.before().isSuppressed() ? 0 : figure.before().shown(),
                  figure.after().isSuppressed() ? 0 : figure.after().shown()));
      String unit = figure.measure().unit();
      pairs.add(
          new Pair(
              figure.measure().label(),
              y,
              length(figure.before().isSuppressed() ? 0 : figure.before().shown(), most),
              length(figure.after().isSuppressed() ? 0 : figure.after().shown(), most),
              "Before: " + words(ShownCohort.text(figure.before()), unit),
              "After: " + words(ShownCohort.text(figure.after()), unit)));
      said.add(
          figure.measure().label()
              + ", before "
              + ShownCohort.text(figure.before())
              + ", after "
              + ShownCohort.text(figure.after())
              + ", change "
              + figure.change().text());
      y += ROW;
    }
    return new CohortChart(
        WIDTH,
        y + 8,
        List.copyOf(pairs),
        said.isEmpty() ? "No figures yet." : String.join("; ", said) + ".");
  }

  private static String words(String figure, String unit) {
    return figure.equals("Not shown") ? "not shown (too few)" : figure + " " + unit;
  }

  private static int length(int value, int most) {
    return value == 0 ? 0 : Math.max(2, (int) Math.round((double) value * LONGEST / most));
  }
}
