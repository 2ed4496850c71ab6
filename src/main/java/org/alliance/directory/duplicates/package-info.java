/**
 * One service, not five: records that are probably the same service, across other publishers' feeds
 * and Alliance's own entries, queued for an editor to link as the same service or mark as
 * different. Named so that the command line and the feeds can ask for a fresh look.
 */
@org.springframework.modulith.NamedInterface("duplicates")
package org.alliance.directory.duplicates;
