package org.alliance.directory;

/**
 * One reason an import was refused.
 *
 * @param source the file, such as {@code services.csv} or {@code service_full.json}
 * @param location where in it: {@code row 3 (id ...), column name} for CSV, or {@code record 2 (id
 *     ...) /phones/0/number} (a JSON pointer) for JSON; empty for the whole file
 * @param message what is wrong, in plain words
 */
public record ImportProblem(String source, String location, String message) {

  /**
   * Whatever a problem was built from, it never carries more than a short excerpt of the file: the
   * values in it are cut by {@link Excerpt#of} where they are quoted, and the whole is cut here.
   */
  public ImportProblem {
    source = Excerpt.cut(source, Excerpt.VALUE);
    location = Excerpt.cut(location, 2 * Excerpt.VALUE);
    message = Excerpt.cut(message, Excerpt.MESSAGE);
  }

  @Override
  public String toString() {
    return source + (location == null || location.isEmpty() ? "" : " " + location) + ": " + message;
  }
}
