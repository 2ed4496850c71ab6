/**
 * Webhook subscriptions: a subscriber's address gets a signed notice of each change to the
 * directory, retried with back-off, with a log of every delivery.
 */
package org.alliance.directory.subscriptions;
