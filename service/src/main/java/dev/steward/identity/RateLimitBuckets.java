package dev.steward.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Token buckets, each request taking one. On an external database ({@code STEWARD_DB_URL}) they are
 * kept in PostgreSQL ({@code rate_limit_buckets}), so that every instance on it counts against the
 * same budget: each request takes its token in one short transaction that locks the bucket's row,
 * and a bucket left full for its window expires and is purged. On the embedded database only one
 * instance can run (its data folder is locked), so the buckets stay in memory and a request pays no
 * database write for its limit; {@code STEWARD_RATE_LIMIT_SHARED} overrides either choice.
 */
class RateLimitBuckets {

  static final String PURGE_JOB = "identity-rate-limit-buckets-purge";
  static final Duration WINDOW = Duration.ofMinutes(1);

  /** Null when the buckets are this instance's own. */
  private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

  // Shared: only the key and its configuration, the state is always read from the database.
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

  private RateLimitBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> shared) {
    this.shared = shared;
  }

  /** Buckets in this instance's memory. */
  static RateLimitBuckets local() {
    return new RateLimitBuckets(null);
  }

  /** Buckets in the database, shared by every instance on it. */
  static RateLimitBuckets shared(DataSource dataSource) {
    return new RateLimitBuckets(
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_buckets")
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(WINDOW))
            .build());
  }

  boolean isShared() {
    return shared != null;
  }

  /** Takes one token from {@code key}'s bucket of {@code limit} a minute. */
  ConsumptionProbe tryTake(String key, int limit) {
    var bucket =
        buckets.get(
            key + "#" + limit,
            k -> {
              var perMinute =
                  Bandwidth.builder().capacity(limit).refillIntervally(limit, WINDOW).build();
              return shared == null
                  ? Bucket.builder().addLimit(perMinute).build()
                  : shared
                      .builder()
                      .build(key, () -> BucketConfiguration.builder().addLimit(perMinute).build());
            });
    return bucket.tryConsumeAndReturnRemaining(1);
  }

  /** Drops expired buckets, a batch at a time; returns how many. */
  int purgeExpired() {
    if (shared == null) {
      return 0;
    }
    int total = 0;
    int removed;
    do {
      removed = shared.removeExpired(1_000);
      total += removed;
    } while (removed == 1_000);
    return total;
  }

  @Configuration(proxyBeanMethods = false)
  static class Beans {

    @Bean
    RateLimitBuckets rateLimitBuckets(
        DataSource dataSource,
        @Value("${steward.db.url:}") String externalDatabase,
        @Value("${steward.rate-limit.shared:}") String sharedSetting) {
      boolean shared =
          sharedSetting.isBlank()
              ? !externalDatabase.isBlank()
              : Boolean.parseBoolean(sharedSetting.strip());
      return shared ? RateLimitBuckets.shared(dataSource) : RateLimitBuckets.local();
    }

    @Bean
    RecurringTask<Void> rateLimitBucketsPurge(RateLimitBuckets buckets) {
      return Tasks.recurring(PURGE_JOB, Schedules.fixedDelay(Duration.ofMinutes(10)))
          .execute((instance, context) -> buckets.purgeExpired());
    }
  }
}
