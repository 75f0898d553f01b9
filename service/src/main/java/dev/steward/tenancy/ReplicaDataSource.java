package dev.steward.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Connections to the read replica; while the replica cannot be reached, connections to the primary
 * instead, so that a report is served a little later rather than refused. After a failure the
 * replica is left alone for {@link #RETRY_AFTER}, so that each report does not wait for its
 * connection timeout. A replica lost in the middle of a report fails that report.
 */
final class ReplicaDataSource extends AbstractDataSource {

  static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  private static final int VALIDATION_SECONDS = 1;

  private static final Logger log = LoggerFactory.getLogger(ReplicaDataSource.class);

  private final HikariDataSource replica;
  private final DataSource primary;
  private final Clock clock;
  private volatile Instant skipReplicaUntil = Instant.MIN;

  ReplicaDataSource(HikariDataSource replica, DataSource primary, Clock clock) {
    this.replica = replica;
    this.primary = primary;
    this.clock = clock;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (skippingReplica()) {
      return primary.getConnection();
    }
    try {
      return replicaConnection();
    } catch (SQLException e) {
      markUnreachable(e);
      return primary.getConnection();
    }
  }

  private boolean skippingReplica() {
    return clock.instant().isBefore(skipReplicaUntil);
  }

  private Connection replicaConnection() throws SQLException {
    Connection connection = replica.getConnection();
    // A pooled connection may be to a replica that has since gone; one round trip tells.
    if (connection.isValid(VALIDATION_SECONDS)) {
      return connection;
    }
    replica.evictConnection(connection);
    throw new SQLException("its connection did not answer");
  }

  private void markUnreachable(SQLException e) {
    var pool = replica.getHikariPoolMXBean();
    if (pool != null) {
      pool.softEvictConnections();
    }
    skipReplicaUntil = clock.instant().plus(RETRY_AFTER);
    log.warn(
        "The read replica is unreachable ({}); reports read from the primary, and the replica is"
            + " tried again in {} s",
        e.getMessage(),
        RETRY_AFTER.toSeconds());
  }

  @Override
  public Connection getConnection(String username, String password) {
    throw new UnsupportedOperationException("The replica's pool has its own credentials");
  }

  /**
   * Whether the replica answers now, as a standby (asked of the replica itself, never the primary).
   * While reports skip the replica, it says so without waiting for a connection.
   */
  ReplicaState check() {
    if (skippingReplica()) {
      return ReplicaState.UNREACHABLE;
    }
    try (Connection connection = replicaConnection();
        var statement = connection.createStatement();
        var rows = statement.executeQuery("select pg_is_in_recovery()")) {
      rows.next();
      return rows.getBoolean(1) ? ReplicaState.STANDBY : ReplicaState.NOT_A_STANDBY;
    } catch (SQLException e) {
      markUnreachable(e);
      return ReplicaState.UNREACHABLE;
    }
  }

  enum ReplicaState {
    STANDBY,
    NOT_A_STANDBY,
    UNREACHABLE
  }

  void close() {
    replica.close();
  }
}
