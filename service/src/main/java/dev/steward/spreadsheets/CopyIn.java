package dev.steward.spreadsheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One {@code COPY ... FROM STDIN} in PostgreSQL's text format, on the connection of the current
 * transaction.
 *
 * <p>PostgreSQL refuses {@code COPY FROM} into a table under row-level security ("COPY FROM not
 * supported with row-level security"), so the rows are copied into a temporary table of the same
 * shape (temporary tables have no policies and write no WAL), then moved with one {@code INSERT ...
 * SELECT}, which the table's policy checks like any insert. The temporary table goes with the
 * transaction ({@code ON COMMIT DROP}): dropped at commit, and at rollback its files are removed
 * with the transaction that created it. A table kept for the session would keep the rows of a
 * refused import on disk, as dead rows, until the connection happened to serve another import.
 */
final class CopyIn implements AutoCloseable {

  private final Connection connection;
  private final PGCopyOutputStream stream;
  private final StringBuilder line = new StringBuilder(1024);
  private final String moveSql;
  private final String temporary;

  /** False to leave the rows in the temporary table, for a statement that moves them itself. */
  private boolean move = true;

  private CopyIn(
      Connection connection, PGCopyOutputStream stream, String moveSql, String temporary) {
    this.connection = connection;
    this.stream = stream;
    this.moveSql = moveSql;
    this.temporary = temporary;
  }

  static CopyIn open(DataSource dataSource, String table, String columns) {
    return open(dataSource, table, table + "_in", "like " + table + " including defaults", columns);
  }

  /**
   * Rows for {@code table} that the caller moves itself, copied into the temporary table {@code
   * temporary}, defined by {@code definition} (the text between the parentheses of CREATE TABLE);
   * it is dropped at commit.
   */
  static CopyIn openHeld(
      DataSource dataSource, String table, String temporary, String definition, String columns) {
    var copy = open(dataSource, table, temporary, definition, columns);
    copy.move = false;
    return copy;
  }

  private static CopyIn open(
      DataSource dataSource, String table, String temporary, String definition, String columns) {
    var connection = DataSourceUtils.getConnection(dataSource);
    try {
      try (var statement = connection.createStatement()) {
        statement.execute(
            "create temp table if not exists "
                + temporary
                + " ("
                + definition
                + ") on commit drop");
      }
      var copy =
          new PGCopyOutputStream(
              connection.unwrap(PGConnection.class),
              "copy " + temporary + " (" + columns + ") from stdin",
              1 << 16);
      return new CopyIn(
          connection,
          copy,
          "insert into " + table + " (" + columns + ") select " + columns + " from " + temporary,
          temporary);
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Could not start COPY into " + table, e);
    }
  }

  /**
   * Like {@link #open}, but the rows stay in the temporary table {@code <table>_in} at close (and
   * accumulate over several copies), for one statement of the caller's that moves them; it is
   * dropped at commit.
   */
  static CopyIn openHeld(DataSource dataSource, String table, String columns) {
    return openHeld(
        dataSource, table, table + "_in", "like " + table + " including defaults", columns);
  }

  /** Writes one row; null values become SQL nulls. */
  void row(List<?> values) {
    line.setLength(0);
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      Object value = values.get(i);
      if (value == null) {
        line.append("\\N");
      } else {
        escape(value.toString());
      }
    }
    line.append('\n');
    try {
      stream.write(line.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A row is built in a StringBuilder and written at once: escaping char by char into a Writer took
  // a third of the
  // time to read a large CSV. A long value with nothing to escape, which String.indexOf
  // (vectorised) finds five times
  // faster than the loop, is appended whole; for a short one the five searches cost more than the
  // loop.
  private void escape(String value) {
    if (value.length() > 64
        && value.indexOf('\\') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0
        && value.indexOf('\t') < 0
        && value.indexOf('\0') < 0) {
      line.append(value);
      return;
    }
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      String replacement =
          switch (value.charAt(i)) {
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\0' -> "";
            default -> null;
          };
      if (replacement != null) {
        line.append(value, start, i).append(replacement);
        start = i + 1;
      }
    }
    line.append(value, start, value.length());
  }

  /** A PostgreSQL array literal of text, {"a","b",NULL}. */
  static String textArray(List<String> values) {
    var text = new StringBuilder(values.size() * 12).append('{');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      String value = values.get(i);
      if (value == null) {
        text.append("NULL");
      } else if (value.indexOf('"') < 0 && value.indexOf('\\') < 0) {
        text.append('"').append(value).append('"');
      } else {
        text.append('"');
        for (int k = 0; k < value.length(); k++) {
          char c = value.charAt(k);
          if (c == '"' || c == '\\') {
            text.append('\\');
          }
          text.append(c);
        }
        text.append('"');
      }
    }
    return text.append('}').toString();
  }

  @Override
  public void close() {
    try {
      if (!stream.isActive()) {
        return;
      }
      stream.close();
      if (!move) {
        return;
      }
      try (var statement = connection.createStatement()) {
        statement.executeUpdate(moveSql);
        statement.executeUpdate("truncate " + temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Could not store the copied rows", e);
    }
  }

  /** Abandons the copy; the transaction is rolled back by whoever called. */
  void abort() {
    try {
      if (stream.isActive()) {
        stream.cancelCopy();
      }
    } catch (SQLException e) {
      // The transaction rolls back anyway; the first failure is the one worth reporting.
    }
  }
}
