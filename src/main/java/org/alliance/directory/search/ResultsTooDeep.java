package org.alliance.directory.search;

/**
 * A page further into the results than any search serves. Ranking a page means holding every result
 * before it, so the depth is bounded for everyone: nobody reads 10,000 results, and an unbounded
 * page let one request reserve gigabytes.
 */
public class ResultsTooDeep extends RuntimeException {

  private final int maxDepth;

  ResultsTooDeep(int maxDepth, int perPage) {
    super(
        "Only the first %,d results can be paged through: with %d a page, ask for page %d or lower, or narrow the search"
            .formatted(maxDepth, perPage, Math.max(1, maxDepth / perPage)));
    this.maxDepth = maxDepth;
  }

  public int maxDepth() {
    return maxDepth;
  }
}
