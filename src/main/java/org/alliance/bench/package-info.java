/**
 * Tool: benchmarks of the running application, started by commands such as {@code bench-directory}.
 * It uses other modules only through their public faces (the directory's importer and postcodes)
 * and over HTTP, as a client would; nothing in the application depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarks")
package org.alliance.bench;
