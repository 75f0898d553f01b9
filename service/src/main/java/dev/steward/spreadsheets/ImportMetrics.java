package dev.steward.spreadsheets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Import commits for the metrics endpoint: how long each took, by outcome, and the rows committed.
 */
@Component
class ImportMetrics {

  private final Timer committed;
  private final Timer failed;
  private final Counter rows;

  ImportMetrics(ObjectProvider<MeterRegistry> registries) {
    MeterRegistry registry = registries.getIfAvailable(SimpleMeterRegistry::new);
    committed = commits(registry, "committed");
    failed = commits(registry, "failed");
    rows =
        Counter.builder("steward.import.rows")
            .description("Rows of committed imports")
            .register(registry);
  }

  private static Timer commits(MeterRegistry registry, String outcome) {
    return Timer.builder("steward.import.commits")
        .description("Import commits, from start to end")
        .tag("outcome", outcome)
        .register(registry);
  }

  void committed(Duration took, long rowCount) {
    committed.record(took);
    rows.increment(rowCount);
  }

  void failed(Duration took) {
    failed.record(took);
  }
}
