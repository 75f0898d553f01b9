package dev.steward.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a backup file is, by its first bytes. */
enum BackupFormat {
  STEWARD,
  PG_DUMP;

  static BackupFormat of(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(5);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return STEWARD;
    }
    if (head.length == 5 && new String(head, StandardCharsets.US_ASCII).equals("PGDMP")) {
      return PG_DUMP;
    }
    return null;
  }
}
