package dev.steward.campaigns;

import dev.steward.platform.FieldChange;
import dev.steward.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A contact in a campaign and how they responded. It keeps the response date consistent with the
 * status: set when the member leaves {@code pending}, kept while they move between answers, cleared
 * when set back to {@code pending}. Only a person, explicitly, moves a member out of {@code
 * converted}: an automatic path (mailbox sync, import, filing from Outlook) leaves a converted
 * member as they are.
 */
@Entity
@Table(name = "campaign_contacts")
class CampaignMember {

  @Id private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "campaign_id", nullable = false, updatable = false)
  private UUID campaignId;

  @Column(name = "contact_id", nullable = false, updatable = false)
  private UUID contactId;

  @Convert(converter = EnumColumns.ResponseStatusColumn.class)
  @Column(nullable = false)
  private ResponseStatus status;

  @Column(name = "response_date")
  private Instant responseDate;

  private String notes;

  @Convert(converter = EnumColumns.RecordedViaColumn.class)
  @Column(name = "recorded_via")
  private RecordedVia recordedVia;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private Long version;

  protected CampaignMember() {}

  /**
   * A new member, pending. Members are added in bulk by SQL; this is for the aggregate on its own.
   */
  CampaignMember(UUID tenantId, UUID campaignId, UUID contactId, Instant now) {
    this.id = UUID.randomUUID();
    this.tenantId = tenantId;
    this.campaignId = campaignId;
    this.contactId = contactId;
    this.status = ResponseStatus.PENDING;
    this.addedAt = now;
    this.updatedAt = now;
  }

  /** Who asks for a change of status. */
  enum Mover {
    /** A person choosing the status on the member: any move is theirs to make. */
    PERSON,
    /**
     * A path that records answers by itself (mailbox sync, import, filing an email): never out of
     * converted.
     */
    AUTOMATIC
  }

  /**
   * Moves the member to {@code next}, unless an automatic path would take them out of {@code
   * converted}: then nothing changes. A response is dated {@code respondedAt} when given, else
   * {@code now}; the date of the first answer is kept when an answer changes (a "responded" member
   * who later converts responded first).
   *
   * @param via how the response was recorded; {@link RecordedVia#MANUAL} when null
   * @param mover whether a person chose this status or an automatic path recorded it
   * @return what changed, as field → [before, after]; empty when nothing did
   * @throws InvalidInputException when {@code respondedAt} lies in the future
   */
  Map<String, FieldChange> respond(
      ResponseStatus next, Instant respondedAt, RecordedVia via, Mover mover, Instant now) {
    if (respondedAt != null && respondedAt.isAfter(now)) {
      throw InvalidInputException.of("respondedAt", "cannot be in the future");
    }
    if (mover == Mover.AUTOMATIC
        && status == ResponseStatus.CONVERTED
        && next != ResponseStatus.CONVERTED) {
      return Map.of();
    }
    var before = state();
    if (next == ResponseStatus.PENDING) {
      responseDate = null;
      recordedVia = null;
    } else {
      if (status == ResponseStatus.PENDING) {
        responseDate = (respondedAt != null ? respondedAt : now).truncatedTo(ChronoUnit.MICROS);
      }
      recordedVia = via == null ? RecordedVia.MANUAL : via;
    }
    status = next;
    return changedSince(before, now);
  }

  /** Replaces the notes (null or blank clears them), and returns what changed. */
  Map<String, FieldChange> changeNotes(String newNotes, Instant now) {
    var before = state();
    notes = newNotes == null || newNotes.isBlank() ? null : newNotes.strip();
    return changedSince(before, now);
  }

  private Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status == null ? null : status.value());
    state.put("responseDate", responseDate);
    state.put("recordedVia", recordedVia == null ? null : recordedVia.value());
    state.put("notes", notes);
    return state;
  }

  private Map<String, FieldChange> changedSince(Map<String, Object> before, Instant now) {
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    state()
        .forEach(
            (field, value) -> {
              if (!Objects.equals(before.get(field), value)) {
                changes.put(field, new FieldChange(before.get(field), value));
              }
            });
    if (!changes.isEmpty()) {
      updatedAt = now;
    }
    return changes;
  }

  UUID campaignId() {
    return campaignId;
  }

  UUID contactId() {
    return contactId;
  }

  ResponseStatus status() {
    return status;
  }

  Instant responseDate() {
    return responseDate;
  }

  String notes() {
    return notes;
  }

  RecordedVia recordedVia() {
    return recordedVia;
  }

  Instant addedAt() {
    return addedAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long version() {
    return version == null ? 0 : version;
  }
}
