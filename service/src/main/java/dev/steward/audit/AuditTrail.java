package dev.steward.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may read of the audit log: the history of one record, for its timeline. */
@Service
public class AuditTrail {

  private final AuditLog log;

  AuditTrail(AuditLog log) {
    this.log = log;
  }

  /** The newest {@code limit} entries about one record of the current firm. */
  @Transactional(readOnly = true)
  public List<AuditEntry> of(String entityType, UUID entityId, int limit) {
    return log.find(
            new AuditQuery(null, entityType, entityId, null, null, null),
            new dev.steward.platform.PageRequestParams(
                0, Math.min(limit, dev.steward.platform.PageRequestParams.MAX_SIZE)))
        .items();
  }
}
