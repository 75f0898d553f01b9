package dev.steward.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Token buckets kept in PostgreSQL ({@code rate_limit_buckets}), so that every instance on one
 * database counts against the same budget: each request takes a token in one short transaction that
 * locks the bucket's row. A bucket left full for its window expires and is purged.
 */
class RateLimitBuckets {

  static final String PURGE_JOB = "identity-rate-limit-buckets-purge";
  static final Duration WINDOW = Duration.ofMinutes(1);

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
  // Only the key and its configuration; the state is always read from the database.
  private final Cache<String, BucketProxy> proxies =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

  RateLimitBuckets(DataSource dataSource) {
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_buckets")
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(WINDOW))
            .build();
  }

  /** Takes one token from {@code key}'s bucket of {@code limit} a minute. */
  ConsumptionProbe tryTake(String key, int limit) {
    var bucket =
        proxies.get(
            key + "#" + limit,
            k ->
                buckets
                    .builder()
                    .build(
                        key,
                        () ->
                            BucketConfiguration.builder()
                                .addLimit(
                                    Bandwidth.builder()
                                        .capacity(limit)
                                        .refillIntervally(limit, WINDOW)
                                        .build())
                                .build()));
    return bucket.tryConsumeAndReturnRemaining(1);
  }

  /** Drops expired buckets, a batch at a time; returns how many. */
  int purgeExpired() {
    int total = 0;
    int removed;
    do {
      removed = buckets.removeExpired(1_000);
      total += removed;
    } while (removed == 1_000);
    return total;
  }

  @Configuration(proxyBeanMethods = false)
  static class Beans {

    @Bean
    RateLimitBuckets rateLimitBuckets(DataSource dataSource) {
      return new RateLimitBuckets(dataSource);
    }

    @Bean
    RecurringTask<Void> rateLimitBucketsPurge(RateLimitBuckets buckets) {
      return Tasks.recurring(PURGE_JOB, Schedules.fixedDelay(Duration.ofMinutes(10)))
          .execute((instance, context) -> buckets.purgeExpired());
    }
  }
}
