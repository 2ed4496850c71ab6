/** Platform: which PostgreSQL the application uses, embedded or external. */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.alliance.database;
