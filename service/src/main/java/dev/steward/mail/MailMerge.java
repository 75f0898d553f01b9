package dev.steward.mail;

import dev.steward.contacts.ContactMergeParticipant;
import dev.steward.contacts.MergeRows;
import dev.steward.tenancy.CurrentTenant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail feature's part of a merge: the duplicate's interactions (its timeline), campaign send
 * records, detected replies and tracked mails move to the survivor. Where both have a send record
 * for one campaign, the survivor keeps the one that got further.
 */
@Component
class MailMerge implements ContactMergeParticipant {

  private static final String SEND_RANK =
      "case %s when 'sent' then 4 when 'sending' then 3 when 'failed' then 2 when 'queued' then 1"
          + " else 0 end";

  private final JdbcClient jdbc;

  MailMerge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Integer> countsOf(UUID contactId) {
    var counts = new LinkedHashMap<String, Integer>();
    counts.put("interactions", count("interaction_contacts", contactId));
    counts.put("mailSends", count("mail_send_members", contactId));
    counts.put("replies", count("mailbox_replies", contactId));
    counts.put("trackedMails", count("mail_tracked_mails", contactId));
    return counts;
  }

  private int count(String table, UUID contactId) {
    return jdbc.sql("select count(*) from " + table + " where tenant_id = ? and contact_id = ?")
        .params(CurrentTenant.require(), contactId)
        .query(Integer.class)
        .single();
  }

  @Override
  public void merge(UUID duplicateId, UUID survivorId, MergeRows rows) {
    UUID tenant = CurrentTenant.require();
    rows.save("interaction_contacts", "t.contact_id in (?, ?)", duplicateId, survivorId);
    jdbc.sql(
            """
            insert into interaction_contacts (tenant_id, interaction_id, contact_id)
            select tenant_id, interaction_id, ? from interaction_contacts
            where tenant_id = ? and contact_id = ?
            on conflict do nothing""")
        .params(survivorId, tenant, duplicateId)
        .update();
    jdbc.sql("delete from interaction_contacts where tenant_id = ? and contact_id = ?")
        .params(tenant, duplicateId)
        .update();

    rows.save("mail_send_members", "t.contact_id in (?, ?)", duplicateId, survivorId);
    // One send record per campaign and contact: the one that got further stays.
    jdbc.sql(
            """
            delete from mail_send_members loser
            using mail_send_members winner
            where loser.tenant_id = :tenant and winner.tenant_id = :tenant
              and loser.campaign_id = winner.campaign_id
              and loser.contact_id in (:dup, :surv) and winner.contact_id in (:dup, :surv)
              and loser.contact_id <> winner.contact_id
              and (%s < %s or (%s = %s and loser.contact_id = :dup))"""
                .formatted(
                    SEND_RANK.formatted("loser.state"),
                    SEND_RANK.formatted("winner.state"),
                    SEND_RANK.formatted("loser.state"),
                    SEND_RANK.formatted("winner.state")))
        .param("tenant", tenant)
        .param("dup", duplicateId)
        .param("surv", survivorId)
        .update();
    move("mail_send_members", duplicateId, survivorId);

    rows.save("mailbox_replies", "t.contact_id = ?", duplicateId);
    move("mailbox_replies", duplicateId, survivorId);
    rows.save("mail_tracked_mails", "t.contact_id = ?", duplicateId);
    move("mail_tracked_mails", duplicateId, survivorId);
  }

  private void move(String table, UUID duplicateId, UUID survivorId) {
    jdbc.sql("update " + table + " set contact_id = ? where tenant_id = ? and contact_id = ?")
        .params(survivorId, CurrentTenant.require(), duplicateId)
        .update();
  }

  @Override
  public void undo(UUID duplicateId, UUID survivorId, MergeRows rows) {
    rows.restore("mail_tracked_mails", "t.id = s.id");
    rows.restore("mailbox_replies", "t.id = s.id");
    rows.restore("mail_send_members", "t.id = s.id");
    rows.restore(
        "interaction_contacts",
        "t.interaction_id = s.interaction_id and t.contact_id in (?, ?)",
        duplicateId,
        survivorId);
  }
}
