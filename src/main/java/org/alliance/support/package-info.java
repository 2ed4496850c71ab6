/**
 * Business module: support, the shared person record. One record per person across the alliance's
 * members ("no wrong door"): registration with likely matches, consent to share, access grants,
 * trusted individual, episodes, contacts, referrals and case notes. Who may see what is decided in
 * one place, {@code support.access.PersonAccess}, which every route goes through and which audits
 * every read. Its public face is the types in this package; the subpackages are its insides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package org.alliance.support;
