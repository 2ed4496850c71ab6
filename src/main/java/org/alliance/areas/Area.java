package org.alliance.areas;

/**
 * One area.
 *
 * @param code its ONS code (E92000001 for England), or a made-up one for the demo's
 * @param parentCode the area it lies in, or null for the top
 * @param madeUp whether it is one of the demo's invented areas
 */
public record Area(String code, String name, AreaKind kind, String parentCode, boolean madeUp) {}
