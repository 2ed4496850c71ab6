/**
 * Platform: people who sign in, their roles and organisation, and how they sign in (password,
 * optional TOTP second factor, lockout). Owns the security filter chain; modules add their own
 * route rules through {@link org.alliance.identity.RouteAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.alliance.identity;
