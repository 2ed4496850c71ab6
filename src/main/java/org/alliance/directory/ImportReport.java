package org.alliance.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, or why it did nothing. An import is all or nothing: with any problem, nothing
 * was written and the counts are empty.
 *
 * @param counts per HSDS resource type (table name), in the data package's order
 * @param problems every problem found, each with its file and place; empty when the import was made
 */
public record ImportReport(List<ResourceCount> counts, List<ImportProblem> problems) {

  public ImportReport {
    counts = List.copyOf(counts);
    problems = List.copyOf(problems);
  }

  /**
   * Rows of one resource type: new, changed, identical to what was there, and removed from a
   * parent's list.
   */
  public record ResourceCount(
      String resourceType, int created, int updated, int unchanged, int deleted) {}

  public static ImportReport refused(List<ImportProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A refused import needs at least one problem");
    }
    return new ImportReport(List.of(), problems);
  }

  public boolean imported() {
    return problems.isEmpty();
  }

  public ResourceCount count(String resourceType) {
    return counts.stream()
        .filter(c -> c.resourceType().equals(resourceType))
        .findFirst()
        .orElse(new ResourceCount(resourceType, 0, 0, 0, 0));
  }

  /** Whether the import changed anything at all. */
  public boolean changedAnything() {
    return counts.stream().anyMatch(c -> c.created() + c.updated() + c.deleted() > 0);
  }

  /** The report as lines for a terminal: each problem, or each count, then a total. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (!imported()) {
      problems.forEach(p -> lines.add(p.toString()));
      lines.add(
          "Refused: "
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + "; nothing was imported.");
      return lines;
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;
    for (ResourceCount c : counts) {
      lines.add(
          "%-24s %6d created %6d updated %6d unchanged %6d deleted"
              .formatted(c.resourceType(), c.created(), c.updated(), c.unchanged(), c.deleted()));
      created += c.created();
      updated += c.updated();
      unchanged += c.unchanged();
      deleted += c.deleted();
    }
    lines.add(
        "Imported: %d created, %d updated, %d unchanged, %d deleted."
            .formatted(created, updated, unchanged, deleted));
    return lines;
  }
}
