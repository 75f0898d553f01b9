package dev.steward.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/**
 * Who created a record and when, when it last changed, and when it went to the trash: the columns
 * {@code created_by}, {@code created_at}, {@code updated_at} and {@code deleted_at} that every
 * record with a trash carries, and the one way they change.
 */
@Embeddable
public class RecordHistory {

  @Column(name = "created_by", updatable = false)
  private UUID createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  protected RecordHistory() {}

  /** A new record's history: created now by {@code createdBy}, not yet saved with a change. */
  public static RecordHistory createdBy(UUID createdBy) {
    var history = new RecordHistory();
    history.createdBy = createdBy;
    history.createdAt = Instant.now();
    return history;
  }

  /** Marks the record changed now. */
  public void changed() {
    this.updatedAt = Instant.now();
  }

  /** Whether the record has been saved with its first change yet. */
  public boolean neverChanged() {
    return updatedAt == null;
  }

  public void moveToTrash() {
    this.deletedAt = Instant.now();
    this.updatedAt = deletedAt;
  }

  public void restore() {
    this.deletedAt = null;
    changed();
  }

  public boolean inTrash() {
    return deletedAt != null;
  }

  public UUID createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant deletedAt() {
    return deletedAt;
  }
}
