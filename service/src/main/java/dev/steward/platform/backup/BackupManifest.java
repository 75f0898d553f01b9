package dev.steward.platform.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a Steward backup holds, written into it as {@code manifest.json}: enough to check it before
 * a restore and to rebuild the schema it was taken from (the jar's own Flyway migrations, up to
 * {@code schemaVersion}).
 *
 * @param format the archive's format version
 * @param takenAt when the snapshot was taken
 * @param schemaVersion the last Flyway migration applied to the database
 * @param postgresVersion the server's version, for the record
 * @param tables every table's data entry, columns, row count and SHA-256
 * @param sequences the sequences' values
 */
record BackupManifest(
    int format,
    Instant takenAt,
    String schemaVersion,
    String postgresVersion,
    List<Table> tables,
    List<Sequence> sequences) {

  static final int FORMAT = 1;
  static final String ENTRY = "manifest.json";

  record Table(String name, List<String> columns, long rows, String entry, String sha256) {}

  record Sequence(String name, Long lastValue, boolean called) {}
}
