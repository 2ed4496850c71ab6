/**
 * Platform: the web shell. GOV.UK Design System layout, navigation that shows each role its own
 * areas, home pages, footer pages and error pages. Modules contribute {@link
 * org.alliance.web.NavigationItem}s; the shell knows no module's internals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.alliance.web;
