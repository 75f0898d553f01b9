package dev.steward.tenancy;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where reports read: the read replica's pool (falling back to the primary while the replica is
 * unreachable) when {@code STEWARD_DB_READ_URL} is set, else the primary's own pool. Use it inside
 * a {@link ReadsFromReplica} transaction.
 */
public final class ReplicaReads {

  /** The bean name of the transaction manager of {@link ReadsFromReplica}. */
  public static final String TRANSACTION_MANAGER = "replicaTransactionManager";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final ReplicaDataSource replica;

  private ReplicaReads(DataSource dataSource, JdbcClient jdbc, ReplicaDataSource replica) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.replica = replica;
  }

  static ReplicaReads primaryOnly(DataSource primary, JdbcClient primaryJdbc) {
    return new ReplicaReads(primary, primaryJdbc, null);
  }

  static ReplicaReads onReplica(ReplicaDataSource replica) {
    return new ReplicaReads(replica, JdbcClient.create(replica), replica);
  }

  /** The pool of report reads, for a {@code JdbcTemplate} of its own (a fetch size, say). */
  public DataSource dataSource() {
    return dataSource;
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  /** Whether a replica is configured (it may still be down, and reads then go to the primary). */
  public boolean replicaConfigured() {
    return replica != null;
  }

  ReplicaDataSource replica() {
    return replica;
  }

  void close() {
    if (replica != null) {
      replica.close();
    }
  }
}
