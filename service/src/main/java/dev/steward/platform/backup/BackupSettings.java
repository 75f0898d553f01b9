package dev.steward.platform.backup;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded database's daily backup ({@code steward.backup.*}). An external PostgreSQL is backed
 * up by its own {@code pg_dump} (see {@code infra/systemd}), not by the service.
 *
 * @param enabled whether the service backs up the embedded database
 * @param dir where backups go (default: {@code backups} in the data folder)
 * @param cron when (Spring cron, daily at 02:47 by default)
 * @param keep how long a backup is kept; the newest is always kept
 */
@ConfigurationProperties("steward.backup")
record BackupSettings(Boolean enabled, Path dir, String cron, Duration keep) {

  BackupSettings {
    enabled = enabled == null || enabled;
    cron = cron == null || cron.isBlank() ? "0 47 2 * * *" : cron;
    keep = keep == null ? Duration.ofDays(7) : keep;
    if (keep.isNegative() || keep.isZero()) {
      throw new IllegalArgumentException("steward.backup.keep must be positive, not " + keep);
    }
  }
}
