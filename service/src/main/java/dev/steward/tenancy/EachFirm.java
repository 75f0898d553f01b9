package dev.steward.tenancy;

import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs housekeeping firm by firm, each in a transaction of that firm, since row-level security
 * shows a transaction one firm only. One firm's failure is logged and does not stop the others.
 */
@Component
public class EachFirm {

  private static final Logger log = LoggerFactory.getLogger(EachFirm.class);

  private final Tenants tenants;
  private final TransactionTemplate transaction;

  EachFirm(Tenants tenants, PlatformTransactionManager transactionManager) {
    this.tenants = tenants;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Runs {@code work} for every firm; it returns how many records it handled, which is logged as
   * "{count} {what}".
   *
   * @return the total over all firms
   */
  public int run(String what, IntSupplier work) {
    int total = 0;
    for (TenantInfo tenant : tenants.all()) {
      try {
        int count = CurrentTenant.callAs(tenant.id(), () -> inTransaction(work));
        if (count > 0) {
          log.info("{}: {} {}", tenant.name(), count, what);
        }
        total += count;
      } catch (RuntimeException e) {
        log.error("{}: {} failed", tenant.name(), what, e);
      }
    }
    return total;
  }

  /** Runs {@code work} for the current firm, in a transaction. */
  public int inTransaction(IntSupplier work) {
    Integer count = transaction.execute(status -> work.getAsInt());
    return count == null ? 0 : count;
  }
}
