package org.alliance.directory;

/**
 * What another module may know of a directory service to refer someone to it: its current name,
 * organisation, how to refer (HSDS {@code application_process}) and how to get in touch. No
 * address: the service's own phone, email and web address only, never a place's.
 *
 * @param active false when the directory lists the service as inactive or withdrawn
 * @param webLink the web address when it may be a link ({@code http} or {@code https} with a host),
 *     else null (show {@code url} as text)
 */
public record DirectoryService(
    String id,
    String name,
    String organisationName,
    String howToRefer,
    String phone,
    String email,
    String url,
    String webLink,
    boolean active) {}
