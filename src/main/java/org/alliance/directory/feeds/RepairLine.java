package org.alliance.directory.feeds;

/** One line of a pull's report: a record's repair, or why it was skipped. */
public record RepairLine(String sourceId, boolean skipped, String what) {}
