/**
 * Platform: areas as data (country, region, county, district, town, ward), each with its code and
 * the area it lies in. Other modules use {@link org.alliance.areas.Areas}: the directory to count a
 * service's reach, needs to report by area.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas")
package org.alliance.areas;
