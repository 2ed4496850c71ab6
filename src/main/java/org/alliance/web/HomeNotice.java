package org.alliance.web;

/**
 * Something a user should act on, shown at the top of their home page (for example services due for
 * review). Modules provide them through {@link HomeNotices}.
 */
public record HomeNotice(String text, String linkText, String href) {}
