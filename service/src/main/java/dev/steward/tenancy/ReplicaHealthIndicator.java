package dev.steward.tenancy;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The read replica in the readiness probe. It stays UP when the replica is down, since reports then
 * read from the primary: the details say where reports read now.
 */
@Component
class ReplicaHealthIndicator implements HealthIndicator {

  private final ReplicaReads reads;

  ReplicaHealthIndicator(ReplicaReads reads) {
    this.reads = reads;
  }

  @Override
  public Health health() {
    if (!reads.replicaConfigured()) {
      return Health.up()
          .withDetail("replica", "not configured")
          .withDetail("reportsReadFrom", "primary")
          .build();
    }
    return switch (reads.replica().check()) {
      case STANDBY ->
          Health.up()
              .withDetail("replica", "streaming")
              .withDetail("reportsReadFrom", "replica")
              .build();
      case NOT_A_STANDBY ->
          Health.up()
              .withDetail(
                  "replica", "reachable, but not a standby (STEWARD_DB_READ_URL names a primary?)")
              .withDetail("reportsReadFrom", "replica")
              .build();
      case UNREACHABLE ->
          Health.up()
              .withDetail("replica", "unreachable")
              .withDetail("reportsReadFrom", "primary")
              .build();
    };
  }
}
