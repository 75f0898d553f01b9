package dev.steward.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

  @Bean
  @Primary
  PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
    return new TenantTransactionManager(entityManagerFactory);
  }

  /**
   * The replica's pool when {@code STEWARD_DB_READ_URL} is set: the service's own role (row-level
   * security binds it as on the primary), read-only, a short connection timeout (a report falls
   * back to the primary rather than wait), and no failure at start-up while the replica is down.
   */
  @Bean(destroyMethod = "close")
  ReplicaReads replicaReads(DataSource primary, JdbcClient primaryJdbc, Environment environment) {
    String url = environment.getProperty("steward.db.read-url", "").trim();
    if (url.isEmpty()) {
      return ReplicaReads.primaryOnly(primary, primaryJdbc);
    }
    var pool = new HikariDataSource();
    pool.setPoolName("steward-replica");
    pool.setJdbcUrl(url);
    pool.setUsername(environment.getProperty("spring.datasource.username"));
    pool.setPassword(environment.getProperty("spring.datasource.password"));
    pool.setMaximumPoolSize(environment.getProperty("steward.db.read-pool-size", Integer.class, 5));
    pool.setReadOnly(true);
    pool.setConnectionTimeout(1_000);
    pool.setValidationTimeout(500);
    pool.setInitializationFailTimeout(-1);
    return ReplicaReads.onReplica(new ReplicaDataSource(pool, primary, Clock.systemUTC()));
  }

  /**
   * The transaction manager of {@link ReadsFromReplica}: the primary's own when no replica is set,
   * so that nothing changes then.
   */
  @Bean(ReplicaReads.TRANSACTION_MANAGER)
  PlatformTransactionManager replicaTransactionManager(
      ReplicaReads reads,
      @Qualifier("transactionManager") PlatformTransactionManager primaryTransactions) {
    return reads.replicaConfigured()
        ? new ReplicaTransactionManager(reads.dataSource())
        : primaryTransactions;
  }
}
