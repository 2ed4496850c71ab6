/**
 * The directory's in-process search index. Named so that the benchmark module can measure the bare
 * index (the same searches without HTTP) beside the API; the rest of the application reaches it
 * through the directory's own routes.
 */
@org.springframework.modulith.NamedInterface("search")
package org.alliance.directory.search;
