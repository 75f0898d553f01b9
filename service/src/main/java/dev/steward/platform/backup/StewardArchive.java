package dev.steward.platform.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Steward's own backup of the embedded database: a zip with every table of the {@code public}
 * schema in PostgreSQL's binary COPY format, taken in one repeatable-read snapshot, and a {@link
 * BackupManifest}. The schema is not in it: a restore rebuilds it with the jar's Flyway migrations
 * up to the manifest's version. It exists because the embedded distribution ships no {@code
 * pg_dump}, and a {@code pg_dump} older than the server refuses to dump it.
 */
final class StewardArchive {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HISTORY = "flyway_schema_history";

  private StewardArchive() {}

  /**
   * Writes a snapshot of the database {@code connection} (a superuser's, which row-level security
   * does not bind).
   */
  static BackupManifest write(Connection connection, Path file) throws SQLException, IOException {
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setReadOnly(true);
    try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
      var sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
      String schemaVersion =
          sql.sql(
                  "select version from "
                      + HISTORY
                      + " where success and version is not null order by installed_rank desc limit 1")
              .query(String.class)
              .single();
      String postgresVersion = sql.sql("show server_version").query(String.class).single();
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      List<BackupManifest.Table> tables = new ArrayList<>();
      for (String table : PublicTables.names(sql)) {
        List<String> columns = PublicTables.columns(sql, table);
        String entry = "tables/" + table + ".copy";
        zip.putNextEntry(new ZipEntry(entry));
        var digest = new DigestOutputStream(new KeepOpen(zip), sha256());
        long rows =
            copy.copyOut(
                "copy public."
                    + PublicTables.quote(table)
                    + " ("
                    + PublicTables.columnList(columns)
                    + ") to stdout (format binary)",
                digest);
        digest.flush();
        zip.closeEntry();
        tables.add(
            new BackupManifest.Table(table, columns, rows, entry, hex(digest.getMessageDigest())));
      }
      var sequences =
          sql.sql(
                  "select sequencename, last_value from pg_sequences where schemaname = 'public'"
                      + " order by sequencename")
              .query(
                  (row, n) ->
                      new BackupManifest.Sequence(
                          row.getString(1), (Long) row.getObject(2), row.getObject(2) != null))
              .list();
      var manifest =
          new BackupManifest(
              BackupManifest.FORMAT,
              Instant.now(),
              schemaVersion,
              postgresVersion,
              tables,
              sequences);
      zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
      zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      zip.closeEntry();
      connection.commit();
      return manifest;
    } catch (SQLException | IOException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /**
   * Reads the manifest and checks every table's data against its SHA-256, touching no database.
   *
   * @throws InvalidBackupException when the file is not a Steward backup, or is damaged
   */
  static BackupManifest verify(Path file) {
    try (var zip = new ZipFile(file.toFile())) {
      var manifestEntry = zip.getEntry(BackupManifest.ENTRY);
      if (manifestEntry == null) {
        throw new InvalidBackupException(
            file + " is a zip file but not a Steward backup (it has no manifest.json).");
      }
      BackupManifest manifest;
      try (InputStream in = zip.getInputStream(manifestEntry)) {
        manifest = JSON.readValue(in, BackupManifest.class);
      }
      if (manifest.format() != BackupManifest.FORMAT) {
        throw new InvalidBackupException(
            file
                + " has backup format "
                + manifest.format()
                + ", which this Steward does not read (it reads format "
                + BackupManifest.FORMAT
                + ").");
      }
      for (var table : manifest.tables()) {
        var entry = zip.getEntry(table.entry());
        if (entry == null) {
          throw new InvalidBackupException(
              file + " is incomplete: the data of table " + table.name() + " is missing.");
        }
        var digest = sha256();
        try (var in = new DigestInputStream(zip.getInputStream(entry), digest)) {
          in.transferTo(OutputStream.nullOutputStream());
        }
        if (!hex(digest).equals(table.sha256())) {
          throw new InvalidBackupException(
              file
                  + " is damaged: the data of table "
                  + table.name()
                  + " does not match its checksum.");
        }
      }
      return manifest;
    } catch (ZipException | JacksonException e) {
      throw new InvalidBackupException(
          file + " is damaged or not a Steward backup: " + e.getMessage());
    } catch (IOException e) {
      throw new InvalidBackupException("Could not read " + file + ": " + e.getMessage());
    }
  }

  /**
   * Loads the data of a verified backup into a database just migrated to its schema version, in one
   * transaction, as a superuser: triggers and foreign-key checks are off while it loads ({@code
   * session_replication_role = replica}), since the rows were consistent when taken. Rows the
   * migrations seeded are replaced.
   *
   * @return the rows loaded
   */
  static long load(Connection connection, Path file, BackupManifest manifest)
      throws SQLException, IOException {
    connection.setAutoCommit(false);
    try (var zip = new ZipFile(file.toFile());
        var statement = connection.createStatement()) {
      statement.execute("set local session_replication_role = replica");
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      long total = 0;
      for (var table : manifest.tables()) {
        if (table.name().equals(HISTORY)) {
          continue;
        }
        String name = "public." + PublicTables.quote(table.name());
        statement.execute("delete from " + name);
        try (InputStream in = zip.getInputStream(zip.getEntry(table.entry()))) {
          long rows =
              copy.copyIn(
                  "copy "
                      + name
                      + " ("
                      + PublicTables.columnList(table.columns())
                      + ") from stdin (format binary)",
                  in);
          if (rows != table.rows()) {
            throw new IllegalStateException(
                "Table "
                    + table.name()
                    + " took "
                    + rows
                    + " rows of the "
                    + table.rows()
                    + " in the backup.");
          }
          total += rows;
        }
      }
      for (var sequence : manifest.sequences()) {
        if (sequence.called()) {
          try (var setval = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
            setval.setString(1, "public." + PublicTables.quote(sequence.name()));
            setval.setLong(2, sequence.lastValue());
            setval.execute();
          }
        }
      }
      connection.commit();
      return total;
    } catch (SQLException | IOException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The zip stays open across entries; a COPY closing its stream must not close it. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
