package org.alliance.directory.search;

/** A search that did not finish in time; it was stopped rather than left to hold a worker. */
public class SearchTimedOut extends RuntimeException {

  SearchTimedOut() {
    super("The search took too long. Try again in a moment, or narrow it");
  }
}
