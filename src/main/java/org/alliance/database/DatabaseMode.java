package org.alliance.database;

import java.nio.file.Path;

/**
 * How this node reached its database, and whether the demo alliance belongs in it.
 *
 * @param external true when DATABASE_URL or spring.datasource.url names a server
 * @param demo true when the demo alliance is loaded into an empty database
 * @param dataDir where the embedded server keeps its data
 */
public record DatabaseMode(boolean external, boolean demo, Path dataDir) {}
