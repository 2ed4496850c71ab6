package org.alliance.support.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * What importing one definition file did: a new version, nothing (the same definition was already
 * imported), or nothing because of the problems listed.
 */
public record ImportOutcome(
    Result result, String code, Integer number, String label, List<MeasureProblem> problems) {

  /** What became of the file. */
  public enum Result {
    IMPORTED,
    UNCHANGED,
    REFUSED
  }

  static ImportOutcome refused(List<MeasureProblem> problems) {
    return new ImportOutcome(Result.REFUSED, null, null, null, List.copyOf(problems));
  }

  public boolean refused() {
    return result == Result.REFUSED;
  }

  /** The report, a line each: what was imported, or every problem with its JSON pointer. */
  public List<String> lines(String file) {
    List<String> lines = new ArrayList<>();
    switch (result) {
      case IMPORTED ->
          lines.add("Imported " + code + " as version " + number + " (\"" + label + "\")");
      case UNCHANGED ->
          lines.add(
              "Unchanged: "
                  + code
                  + " version "
                  + number
                  + " (\""
                  + label
                  + "\") is already this definition");
      case REFUSED -> {
        lines.add(
            "Refused: "
                + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + " in "
                + file
                + ", nothing was imported");
        problems.forEach(p -> lines.add(file + " " + p));
      }
    }
    return lines;
  }
}
