/**
 * The options appraisal: a timeline of every contract's term and extension options, and scenarios
 * built on it (which contract needs which action by when, the cost in each financial year and each
 * council's share of it, advantages, disadvantages and risks), compared side by side as a page, a
 * printable committee paper and a PDF. Reads the register's contracts, options and councils' shares
 * (read only) and divides money with the register's one split rule, {@code register.Split}.
 */
package org.alliance.commissioning.options;
