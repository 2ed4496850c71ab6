package org.alliance.directory.upload;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much an upload may hold, enforced while it streams (README, "Uploads"): the file as sent
 * (also Spring's multipart limit, so a larger request is cut off while it arrives), and for a zip
 * the bytes of each entry once unpacked, of all entries together, and how many entries there are,
 * so a small zip cannot unpack into a full disk.
 */
@Component
class UploadLimits {

  final DataSize fileSize;
  final DataSize entrySize;
  final DataSize unzippedSize;
  final int entries;

  UploadLimits(
      @Value("${alliance.upload.max-file-size}") DataSize fileSize,
      @Value("${alliance.upload.max-entry-size}") DataSize entrySize,
      @Value("${alliance.upload.max-unzipped-size}") DataSize unzippedSize,
      @Value("${alliance.upload.max-entries}") int entries) {
    this.fileSize = fileSize;
    this.entrySize = entrySize;
    this.unzippedSize = unzippedSize;
    this.entries = entries;
  }

  /** A size as people read it: 200 MB, 512 KB. */
  static String shown(DataSize size) {
    long bytes = size.toBytes();
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return size.toMegabytes() + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return size.toKilobytes() + " KB";
    }
    return bytes + " bytes";
  }
}
