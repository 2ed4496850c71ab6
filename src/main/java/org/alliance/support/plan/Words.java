package org.alliance.support.plan;

/** How a page says whose words an entry holds and who wrote it down. */
final class Words {

  private Words() {}

  static String whose(InWordsOf inWordsOf, String supporter, String writtenBy) {
    String by = writtenBy == null ? "written by them" : "written down by " + writtenBy;
    return switch (inWordsOf) {
      case PERSON -> "In their own words, " + by;
      case SUPPORTER -> "As " + supporter + " sees it, " + by;
      case WORKER -> "In " + (writtenBy == null ? "a worker" : writtenBy) + "’s words";
    };
  }
}
