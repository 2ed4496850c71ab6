package org.alliance.identity;

/** The change-password form; checked by {@link PasswordController}, never re-displayed. */
record PasswordChangeForm(String currentPassword, String newPassword, String confirmPassword) {}
