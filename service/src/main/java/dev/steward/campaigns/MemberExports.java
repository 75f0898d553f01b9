package dev.steward.campaigns;

import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.platform.export.ExportColumn;
import dev.steward.platform.export.ExportFormat;
import dev.steward.platform.export.ExportRows;
import dev.steward.platform.export.ExportTable;
import dev.steward.platform.export.ExportedFile;
import dev.steward.platform.export.Exports;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's members as a file: each member's contact details and where their response stands, in
 * the members list's order (by name), optionally only those with one status. Members stream from
 * SQL; their contact details come through the {@link Contacts} facade a batch at a time.
 */
@Service
class MemberExports {

  private static final int BATCH = 500;

  private final JdbcClient jdbc;
  private final CampaignService campaigns;
  private final Contacts contacts;
  private final Exports exports;
  private final Tenants tenants;

  MemberExports(
      JdbcClient jdbc,
      CampaignService campaigns,
      Contacts contacts,
      Exports exports,
      Tenants tenants) {
    this.jdbc = jdbc;
    this.campaigns = campaigns;
    this.contacts = contacts;
    this.exports = exports;
    this.tenants = tenants;
  }

  /** One exported member. */
  record Row(
      ContactSummary contact,
      ResponseStatus status,
      Instant responseDate,
      RecordedVia recordedVia,
      String notes,
      Instant addedAt) {}

  /** Writes the export (read-write: the audit entry is written in the same transaction). */
  @Transactional
  ExportedFile export(UUID campaignId, ResponseStatus status, ExportFormat format)
      throws IOException {
    var campaign = campaigns.live(campaignId);
    String firm = tenants.find(CurrentTenant.require()).map(TenantInfo::name).orElse("");
    Map<String, String> filters = status == null ? Map.of() : Map.of("Status", statusLabel(status));
    var table =
        new ExportTable<>(
            campaign.fields().name() + " - members",
            firm,
            filters,
            COLUMNS,
            "campaign",
            campaignId,
            "members");
    return exports.write(format, table, rows(campaignId, status));
  }

  static final List<ExportColumn<Row>> COLUMNS =
      List.of(
          ExportColumn.of("Name", row -> row.contact().displayName(), 26),
          ExportColumn.of("Company", row -> row.contact().companyName(), 22),
          ExportColumn.of("Email", row -> row.contact().email(), 28),
          ExportColumn.of("Phone", row -> row.contact().phone(), 16),
          ExportColumn.dataOnly("City", row -> row.contact().city(), 14),
          ExportColumn.dataOnly("Tags", row -> row.contact().tags(), 18),
          ExportColumn.of("Status", row -> statusLabel(row.status()), 14),
          ExportColumn.of("Response Date", Row::responseDate, 16),
          ExportColumn.of(
              "Recorded Via",
              row -> row.recordedVia() == null ? null : label(row.recordedVia().value()),
              12),
          ExportColumn.of("Notes", Row::notes, 30),
          ExportColumn.dataOnly("Added", Row::addedAt, 16),
          ExportColumn.dataOnly("Steward ID", row -> row.contact().id().toString(), 36));

  /**
   * The members, streamed from SQL; each batch's contacts are read through the facade in one call.
   */
  private ExportRows<Row> rows(UUID campaignId, ResponseStatus status) {
    return (limit, sink) -> {
      List<Member> batch = new ArrayList<>(BATCH);
      jdbc.sql(
              """
              select m.contact_id, m.status, m.response_date, m.recorded_via, m.notes, m.added_at
              from campaign_contacts m
              join contacts c on c.tenant_id = m.tenant_id and c.id = m.contact_id and c.deleted_at is null
              where m.tenant_id = :tenant and m.campaign_id = :campaign
                and (cast(:status as text) is null or m.status = :status)
              order by c.display_name, m.contact_id
              limit :limit""")
          .param("tenant", CurrentTenant.require())
          .param("campaign", campaignId)
          .param("status", status == null ? null : status.value())
          .param("limit", limit)
          .withFetchSize(BATCH)
          .query(
              rs -> {
                batch.add(
                    new Member(
                        rs.getObject(1, UUID.class),
                        ResponseStatus.of(rs.getString(2)),
                        instant(rs.getTimestamp(3)),
                        rs.getString(4) == null ? null : RecordedVia.of(rs.getString(4)),
                        rs.getString(5),
                        instant(rs.getTimestamp(6))));
                if (batch.size() == BATCH) {
                  emit(batch, sink);
                }
              });
      emit(batch, sink);
    };
  }

  private record Member(
      UUID contactId,
      ResponseStatus status,
      Instant responseDate,
      RecordedVia via,
      String notes,
      Instant addedAt) {}

  private void emit(List<Member> batch, Consumer<? super Row> sink) {
    if (batch.isEmpty()) {
      return;
    }
    Map<UUID, ContactSummary> people =
        contacts.summaries(batch.stream().map(Member::contactId).toList()).stream()
            .collect(Collectors.toMap(ContactSummary::id, Function.identity()));
    for (Member member : batch) {
      var contact = people.get(member.contactId());
      if (contact != null) {
        sink.accept(
            new Row(
                contact,
                member.status(),
                member.responseDate(),
                member.via(),
                member.notes(),
                member.addedAt()));
      }
    }
    batch.clear();
  }

  static String statusLabel(ResponseStatus status) {
    return label(status.value());
  }

  private static String label(String value) {
    String words = value.replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
