package org.alliance.bench;

import java.nio.file.Path;

/**
 * What {@code bench-directory} was asked for.
 *
 * @param dataDir where the benchmark's own embedded PostgreSQL and generated files go; null for a
 *     fresh temporary folder. Never the application's data: a folder that holds anything is
 *     refused.
 * @param batchSize services per import (one import of everything when 0 or at least {@code
 *     services})
 * @param sqlIterations searches in each one-client run (bare SQL, and the API at one client)
 */
public record BenchSettings(
    int services,
    int clients,
    int seconds,
    int warmupSeconds,
    Path dataDir,
    boolean keep,
    int batchSize,
    int sqlIterations,
    long seed) {

  public BenchSettings {
    if (services < 1
        || clients < 1
        || seconds < 1
        || warmupSeconds < 0
        || sqlIterations < 1
        || batchSize < 0) {
      throw new IllegalArgumentException(
          "services, clients, seconds and sql-iterations must be at least 1;"
              + " warm-up and batch size at least 0");
    }
  }

  int batches() {
    return batchSize == 0 || batchSize >= services ? 1 : (services + batchSize - 1) / batchSize;
  }
}
