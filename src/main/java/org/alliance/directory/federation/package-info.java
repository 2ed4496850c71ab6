/**
 * The federated directory: which records Alliance publishes (its own, and other publishers' feed
 * records when the setting says so; never a record linked into another) and how linked records
 * publish as one service, field by field, with their provenance.
 */
package org.alliance.directory.federation;
