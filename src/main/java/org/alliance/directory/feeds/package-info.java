/**
 * Other publishers' Open Referral feeds, pulled, repaired record by record and taken into the
 * directory with their sources. Named so that the command line can register and pull them.
 */
@org.springframework.modulith.NamedInterface("feeds")
package org.alliance.directory.feeds;
