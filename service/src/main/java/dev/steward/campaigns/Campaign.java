package dev.steward.campaigns;

import dev.steward.platform.ConflictException;
import dev.steward.platform.FieldChange;
import dev.steward.platform.RecordHistory;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A campaign of the firm. It owns its fields and refuses a status change its lifecycle does not
 * allow.
 */
@Entity
@Table(name = "campaigns")
class Campaign {

  // Draft → sent → completed, a draft may be closed without sending, and a completed campaign may
  // be reopened.
  private static final Map<CampaignStatus, Set<CampaignStatus>> NEXT =
      Map.of(
          CampaignStatus.DRAFT, Set.of(CampaignStatus.SENT, CampaignStatus.COMPLETED),
          CampaignStatus.SENT, Set.of(CampaignStatus.COMPLETED),
          CampaignStatus.COMPLETED, Set.of(CampaignStatus.SENT));

  @Id private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String name;

  private String description;

  @Convert(converter = EnumColumns.ChannelColumn.class)
  @Column(nullable = false)
  private Channel channel;

  @Column(name = "send_date")
  private LocalDate sendDate;

  @Convert(converter = EnumColumns.CampaignStatusColumn.class)
  @Column(nullable = false)
  private CampaignStatus status;

  @Embedded private RecordHistory history;

  @Version private Long version;

  protected Campaign() {}

  Campaign(UUID id, UUID tenantId, UUID createdBy, CampaignFields fields) {
    this.id = id;
    this.tenantId = tenantId;
    this.history = RecordHistory.createdBy(createdBy);
    this.status = CampaignStatus.DRAFT;
    apply(fields);
  }

  /**
   * Replaces the fields and moves to the requested status, and returns what changed as field →
   * [before, after].
   *
   * @throws ConflictException when the lifecycle does not allow the status change
   */
  Map<String, FieldChange> apply(CampaignFields fields) {
    Map<String, Object> before = fields().asMap();
    if (fields.status() != null && fields.status() != status) {
      moveTo(fields.status());
    }
    this.name = fields.name();
    this.description = fields.description();
    this.channel = fields.channel();
    this.sendDate = fields.sendDate();
    var changes = FieldChange.between(before, fields().asMap());
    if (!changes.isEmpty()) {
      history.changed();
    }
    return changes;
  }

  private void moveTo(CampaignStatus next) {
    if (!NEXT.get(status).contains(next)) {
      throw new ConflictException(
          "A " + status.value() + " campaign cannot be set back to " + next.value() + ".",
          Map.of("field", "status", "currentStatus", status.value()));
    }
    this.status = next;
  }

  void moveToTrash() {
    history.moveToTrash();
  }

  void restore() {
    history.restore();
  }

  boolean inTrash() {
    return history.inTrash();
  }

  CampaignFields fields() {
    return new CampaignFields(name, description, channel, sendDate, status);
  }

  UUID id() {
    return id;
  }

  RecordHistory history() {
    return history;
  }

  long version() {
    return version == null ? 0 : version;
  }
}
