/**
 * The national drug treatment return (NDTMS): code lists as dated reference data, what a record
 * needs for the return (consent to NDTMS, treatment details per episode, modalities), the monthly
 * extract with its report of rows that would be rejected, and the national definitions of
 * successful completion and re-presentation ({@link org.alliance.support.ndtms.Completions}, the
 * one type other modules may use).
 */
@org.springframework.modulith.NamedInterface("ndtms")
package org.alliance.support.ndtms;
