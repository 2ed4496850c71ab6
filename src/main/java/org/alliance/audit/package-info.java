/**
 * Platform: the append-only audit log. Other modules call {@link org.alliance.audit.AuditLog}
 * inside their own transactions; admins search it. Nothing can update or delete an entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.alliance.audit;
