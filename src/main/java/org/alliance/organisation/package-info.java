/**
 * Platform: the organisations in and around the alliance: members, commissioning councils and
 * community organisations. Other modules use {@link org.alliance.organisation.Organisations}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.alliance.organisation;
