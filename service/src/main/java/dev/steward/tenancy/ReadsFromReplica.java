package dev.steward.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only transaction for the current firm on the read replica ({@code STEWARD_DB_READ_URL}),
 * or on the primary when none is set or the replica is unreachable. Only for reports and figures
 * that may be a second or two behind: never for reading back what the user just wrote. Inside it,
 * query through {@link ReplicaReads#jdbc()}; the primary's own {@code JdbcClient} is not in this
 * transaction.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(transactionManager = ReplicaReads.TRANSACTION_MANAGER, readOnly = true)
public @interface ReadsFromReplica {}
