/**
 * Platform: the fictional demo alliance (the Brackenshire Alliance) loaded into an empty database
 * in demo mode, through each module's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo alliance")
package org.alliance.demo;
