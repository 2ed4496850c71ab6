/**
 * Business module: the directory (the Database of Services and Resources). Open Referral UK (HSDS
 * 3.0 UK profile) data, import and export, the public read-only API, search, and the pages for the
 * public, editors and commissioners. Its public face is the types in this package; the subpackages
 * are its insides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.alliance.directory;
