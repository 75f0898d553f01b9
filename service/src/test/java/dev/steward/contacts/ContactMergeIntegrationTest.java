package dev.steward.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ContactMergeIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private UUID survivor;
  private UUID duplicate;
  private UUID friend;
  private UUID employer;
  private UUID bothCampaign;
  private UUID duplicateOnlyCampaign;
  private String tag;

  @Test
  void findsPossibleDuplicatesBySharedNameAndDetailsOrByEmail() throws Exception {
    String suffix = unique();
    var ada =
        person(
            """
            {"type":"individual","firstName":"Ada","lastName":"Byron%s","email":"ada%s@example.com",
             "postalCode":"SW1A 1AA","city":"London"}"""
                .formatted(suffix, suffix));
    var samePostcode =
        person(
            """
            {"type":"individual","firstName":"ada","lastName":"BYRON%s","postalCode":"sw1a1aa"}"""
                .formatted(suffix));
    var samePhone =
        person(
            """
            {"type":"individual","firstName":"Ada","lastName":"Byron%s","phone":"+442079460000"}"""
                .formatted(suffix));
    var nameOnly =
        person(
            """
            {"type":"individual","firstName":"Ada","lastName":"Byron%s","city":"Leeds"}"""
                .formatted(suffix));
    var otherEmail =
        person(
            """
            {"type":"business","companyName":"Analytical Engines %s",
             "otherEmails":[{"address":"ada.work%s@example.com","label":"work"}]}"""
                .formatted(suffix, suffix));
    api.put(
            "/api/contacts/{id}",
            """
            {"type":"individual","firstName":"Ada","lastName":"Byron%s","email":"ada%s@example.com",
             "postalCode":"SW1A 1AA","city":"London","phone":"+442079460000",
             "otherEmails":[{"address":"ada.home%s@example.com","label":"home"}],"version":0}"""
                .formatted(suffix, suffix, suffix),
            ada)
        .andExpect(status().isOk());

    api.get("/api/contacts/{id}/duplicates", ada)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(
            jsonPath("$[*].id")
                .value(containsInAnyOrder(samePostcode.toString(), samePhone.toString())))
        .andExpect(
            jsonPath("$[*].reason")
                .value(containsInAnyOrder("name-and-postcode", "name-and-phone")));
    api.get("/api/contacts/{id}/duplicates", nameOnly).andExpect(jsonPath("$", hasSize(0)));
    assertThat(otherEmail).isNotNull();
    api.get("/api/contacts/{id}/duplicates", UUID.randomUUID()).andExpect(status().isNotFound());
  }

  @Test
  void mergeMovesEveryKindOfRecordAndUndoPutsBothBack() throws Exception {
    everything();
    Map<String, Long> survivorBefore = countsOf(survivor);
    Map<String, Long> duplicateBefore = countsOf(duplicate);

    api.get("/api/contacts/{id}/merge-preview?duplicateId={dup}", survivor, duplicate)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.conflicts").value(containsInAnyOrder("email", "city", "notes")))
        .andExpect(jsonPath("$.moves.relationships").value(3))
        .andExpect(jsonPath("$.moves.campaigns").value(2))
        .andExpect(jsonPath("$.moves.interactions").value(2))
        .andExpect(jsonPath("$.moves.mailSends").value(1))
        .andExpect(jsonPath("$.moves.replies").value(1))
        .andExpect(jsonPath("$.moves.trackedMails").value(1))
        .andExpect(jsonPath("$.moves.tags").value(2));

    var merged =
        api.post(
                "/api/contacts/{id}/merge",
                """
                {"duplicateId":"%s","survivorVersion":0,"duplicateVersion":0,
                 "choices":{"city":"duplicate"}}"""
                    .formatted(duplicate),
                survivor)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.survivor.city").value("Cambridge"))
            .andExpect(jsonPath("$.survivor.notes").value("Met at the Royal Society"))
            .andExpect(jsonPath("$.survivor.jobTitle").value("Mathematician"))
            .andExpect(jsonPath("$.survivor.phone").value("+442079460001"))
            .andExpect(jsonPath("$.survivor.otherEmails[0].address").value(emailOf("home")))
            .andExpect(
                jsonPath("$.survivor.tags")
                    .value(containsInAnyOrder("Client " + tag, "Estate " + tag)))
            .andExpect(jsonPath("$.moved.campaigns").value(2));
    UUID mergeId = UUID.fromString(Api.read(merged, "$.mergeId"));
    long survivorVersion = ((Number) Api.read(merged, "$.survivor.version")).longValue();

    // The duplicate is in the trash and points at its survivor.
    api.get("/api/contacts/{id}", duplicate)
        .andExpect(jsonPath("$.deletedAt").isNotEmpty())
        .andExpect(jsonPath("$.mergedInto").value(survivor.toString()));
    assertThat(countsOf(duplicate).values()).allMatch(n -> n == 0L);
    // Relationships: the edge to the survivor itself and the repeated spouse edge are gone.
    api.get("/api/contacts/{id}/relationships", survivor)
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(
            jsonPath("$[*].otherContact.id")
                .value(containsInAnyOrder(friend.toString(), employer.toString())));
    // Campaigns: one membership per campaign, the more advanced response kept.
    assertThat(
            scalar(
                "select status from campaign_contacts where campaign_id = ? and contact_id = ?",
                bothCampaign,
                survivor))
        .isEqualTo("responded");
    assertThat(
            scalar(
                "select count(*)::text from campaign_contacts where campaign_id = ? and contact_id = ?",
                duplicateOnlyCampaign,
                survivor))
        .isEqualTo("1");
    assertThat(
            scalar(
                "select state from mail_send_members where campaign_id = ? and contact_id = ?",
                bothCampaign,
                survivor))
        .isEqualTo("sent");
    var after = countsOf(survivor);
    assertThat(after.get("interactions")).isEqualTo(2L);
    assertThat(after.get("replies")).isEqualTo(1L);
    assertThat(after.get("trackedMails")).isEqualTo(1L);
    assertThat(after.get("campaigns")).isEqualTo(2L);
    // The timeline shows the duplicate's mail and its history.
    api.get("/api/contacts/{id}/timeline", survivor)
        .andExpect(jsonPath("$[*].title").value(hasItem("contact.merged")))
        .andExpect(jsonPath("$[*].title").value(hasItem("Duplicate only note " + tag)));
    assertThat(
            scalar(
                "select count(*)::text from audit_log where entity_id = ? and action = 'contact.merged'",
                survivor))
        .isEqualTo("1");

    // A stale version cannot undo it.
    api.post(
            "/api/contacts/merges/{id}/undo",
            """
            {"survivorVersion":%d}"""
                .formatted(survivorVersion - 1),
            mergeId)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(survivorVersion));
    api.post(
            "/api/contacts/merges/{id}/undo",
            """
            {"survivorVersion":%d}"""
                .formatted(survivorVersion),
            mergeId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.survivor.city").value("London"))
        .andExpect(jsonPath("$.survivor.phone").doesNotExist())
        .andExpect(jsonPath("$.survivor.otherEmails", hasSize(0)))
        .andExpect(jsonPath("$.survivor.tags").value(containsInAnyOrder("Client " + tag)))
        .andExpect(jsonPath("$.duplicate.deletedAt").doesNotExist())
        .andExpect(jsonPath("$.duplicate.mergedInto").doesNotExist())
        .andExpect(jsonPath("$.duplicate.email").value(emailOf("home")));
    assertThat(countsOf(survivor)).isEqualTo(survivorBefore);
    assertThat(countsOf(duplicate)).isEqualTo(duplicateBefore);
    assertThat(
            scalar(
                "select status from campaign_contacts where campaign_id = ? and contact_id = ?",
                bothCampaign,
                survivor))
        .isEqualTo("pending");
    assertThat(
            scalar(
                "select state from mail_send_members where campaign_id = ? and contact_id = ?",
                bothCampaign,
                survivor))
        .isEqualTo("queued");
    api.get("/api/contacts/{id}/relationships", duplicate).andExpect(jsonPath("$", hasSize(3)));
    api.get("/api/contacts/{id}/relationships", survivor).andExpect(jsonPath("$", hasSize(2)));
    api.post(
            "/api/contacts/merges/{id}/undo",
            """
            {"survivorVersion":%d}"""
                .formatted(survivorVersion + 1),
            mergeId)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("This merge was already undone."));
  }

  @Test
  void refusesAMergeWithItselfAStaleOrTrashedContactAndAnotherFirmsContact() throws Exception {
    String suffix = unique();
    var a =
        person(
            """
        {"type":"individual","firstName":"Grace","lastName":"Hopper%s"}"""
                .formatted(suffix));
    var b =
        person(
            """
        {"type":"individual","firstName":"Grace","lastName":"Hopper%s"}"""
                .formatted(suffix));
    String body =
        """
        {"duplicateId":"%s","survivorVersion":%d,"duplicateVersion":%d}""";

    api.post("/api/contacts/{id}/merge", body.formatted(a, 0, 0), a)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("duplicateId"));
    api.post("/api/contacts/{id}/merge", body.formatted(b, 0, 3), a)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(0));
    api.post("/api/contacts/{id}/merge", "{\"duplicateId\":\"%s\"}".formatted(b), a)
        .andExpect(status().isUnprocessableContent());

    var otherFirm = newFirm();
    var stranger = signIn(otherFirm, Role.USER);
    var theirs =
        stranger.create(
            "/api/contacts",
            """
            {"type":"individual","firstName":"Grace","lastName":"Hopper%s"}"""
                .formatted(suffix));
    api.post("/api/contacts/{id}/merge", body.formatted(theirs, 0, 0), a)
        .andExpect(status().isNotFound());
    api.get("/api/contacts/{id}/merge-preview?duplicateId={d}", a, theirs)
        .andExpect(status().isNotFound());

    api.delete("/api/contacts/{id}", b).andExpect(status().isNoContent());
    api.post("/api/contacts/{id}/merge", body.formatted(b, 0, 1), a)
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail").value("This contact is in the trash. Restore it before merging."));
    api.post("/api/contacts/merges/{id}/undo", "{\"survivorVersion\":0}", UUID.randomUUID())
        .andExpect(status().isNotFound());

    var viewer = signIn(firm, Role.VIEWER);
    viewer
        .post("/api/contacts/{id}/merge", body.formatted(b, 0, 1), a)
        .andExpect(status().isForbidden());
  }

  @Test
  void undoIsRefusedOnceTheSurvivorWasEditedAfterTheMerge() throws Exception {
    String suffix = unique();
    var a =
        person(
            """
        {"type":"individual","firstName":"Alan","lastName":"Turing%s","city":"Wilmslow"}"""
                .formatted(suffix));
    var b =
        person(
            """
        {"type":"individual","firstName":"Alan","lastName":"Turing%s","city":"Bletchley"}"""
                .formatted(suffix));
    var merged =
        api.post(
                "/api/contacts/{id}/merge",
                """
                {"duplicateId":"%s","survivorVersion":0,"duplicateVersion":0}"""
                    .formatted(b),
                a)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.survivor.city").value("Wilmslow"));
    UUID mergeId = UUID.fromString(Api.read(merged, "$.mergeId"));
    long version = ((Number) Api.read(merged, "$.survivor.version")).longValue();
    api.put(
            "/api/contacts/{id}",
            """
            {"type":"individual","firstName":"Alan","lastName":"Turing%s","city":"Manchester","version":%d}"""
                .formatted(suffix, version),
            a)
        .andExpect(status().isOk());
    api.post(
            "/api/contacts/merges/{id}/undo",
            "{\"survivorVersion\":%d}".formatted(version + 1),
            mergeId)
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "The merged contact was changed after the merge, so undoing it would lose that change."));
  }

  // --- Set-up: two contacts with one of every kind of record

  private void everything() throws Exception {
    tag = unique();
    survivor =
        person(
            """
            {"type":"individual","firstName":"Ada","lastName":"Lovelace%s","email":"%s",
             "city":"London","notes":"Met at the Royal Society","tags":["Client %s"]}"""
                .formatted(tag, emailOf("work"), tag));
    duplicate =
        person(
            """
            {"type":"individual","firstName":"ada","lastName":"lovelace%s","email":"%s",
             "phone":"+442079460001","jobTitle":"Mathematician","city":"Cambridge",
             "notes":"Prefers calls","tags":["Client %s","Estate %s"]}"""
                .formatted(tag, emailOf("home"), tag, tag));
    friend =
        person(
            """
        {"type":"individual","firstName":"Mary","lastName":"Somerville%s"}"""
                .formatted(tag));
    employer =
        person(
            """
        {"type":"business","companyName":"Analytical Engines %s"}"""
                .formatted(tag));
    relate(friend, survivor, "spouse");
    relate(duplicate, friend, "spouse");
    relate(duplicate, survivor, "related_to");
    relate(duplicate, employer, "works_for");

    bothCampaign = campaign("Autumn letter " + tag);
    duplicateOnlyCampaign = campaign("Spring letter " + tag);
    join(bothCampaign, survivor);
    join(bothCampaign, duplicate);
    join(duplicateOnlyCampaign, duplicate);
    api.put(
            "/api/campaigns/{id}/contacts/{contactId}",
            """
            {"status":"responded","version":0}""",
            bothCampaign,
            duplicate)
        .andExpect(status().isOk());

    interaction("Duplicate only note " + tag, List.of(duplicate));
    interaction("Shared note " + tag, List.of(duplicate, survivor));

    write(
        """
        insert into mail_send_members (id, tenant_id, campaign_id, contact_id, state, internet_message_id)
        values (?, ?, ?, ?, 'queued', null), (?, ?, ?, ?, 'sent', ?)""",
        UUID.randomUUID(),
        firm,
        bothCampaign,
        survivor,
        UUID.randomUUID(),
        firm,
        bothCampaign,
        duplicate,
        "<sent-" + tag + "@example.com>");
    write(
        """
        insert into mailbox_replies (id, tenant_id, campaign_id, contact_id, internet_message_id,
                                     received_at, matched_by)
        values (?, ?, ?, ?, ?, now(), 'conversation')""",
        UUID.randomUUID(),
        firm,
        bothCampaign,
        duplicate,
        "<reply-" + tag + "@example.com>");
    write(
        """
        insert into mail_tracked_mails (id, tenant_id, token, campaign_id, contact_id)
        values (?, ?, ?, ?, ?)""",
        UUID.randomUUID(),
        firm,
        "token-" + tag + "-0123456789",
        duplicateOnlyCampaign,
        duplicate);
  }

  private Map<String, Long> countsOf(UUID contact) {
    return CurrentTenant.callAs(
        firm,
        () ->
            new TransactionTemplate(transactionManager)
                .execute(
                    status -> {
                      var counts = new java.util.TreeMap<String, Long>();
                      for (var table :
                          List.of(
                              "campaign_contacts",
                              "interaction_contacts",
                              "mail_send_members",
                              "mailbox_replies",
                              "mail_tracked_mails",
                              "contact_tags")) {
                        counts.put(
                            table.equals("interaction_contacts")
                                ? "interactions"
                                : table.equals("mailbox_replies")
                                    ? "replies"
                                    : table.equals("mail_tracked_mails")
                                        ? "trackedMails"
                                        : table.equals("campaign_contacts") ? "campaigns" : table,
                            jdbc.sql("select count(*) from " + table + " where contact_id = ?")
                                .param(contact)
                                .query(Long.class)
                                .single());
                      }
                      counts.put(
                          "relationships",
                          jdbc.sql(
                                  "select count(*) from relationships where from_contact_id = ? or to_contact_id = ?")
                              .params(contact, contact)
                              .query(Long.class)
                              .single());
                      return counts;
                    }));
  }

  private String scalar(String sql, Object... params) {
    return CurrentTenant.callAs(
        firm,
        () ->
            new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.sql(sql).params(params).query(String.class).single()));
  }

  private void write(String sql, Object... params) {
    CurrentTenant.runAs(
        firm,
        () ->
            new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> jdbc.sql(sql).params(params).update()));
  }

  private String emailOf(String which) {
    return "ada." + which + "." + tag + "@example.com";
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private UUID person(String json) throws Exception {
    return api.create("/api/contacts", json);
  }

  private void relate(UUID from, UUID to, String type) throws Exception {
    api.create(
        "/api/contacts/{id}/relationships",
        """
        {"toContactId":"%s","type":"%s"}"""
            .formatted(to, type),
        from);
  }

  private UUID campaign(String name) throws Exception {
    return api.create(
        "/api/campaigns",
        """
        {"name":"%s","channel":"mail"}"""
            .formatted(name));
  }

  private void join(UUID campaign, UUID contact) throws Exception {
    api.post(
            "/api/campaigns/{id}/contacts",
            """
            {"contactIds":["%s"]}"""
                .formatted(contact),
            campaign)
        .andExpect(status().is2xxSuccessful());
  }

  private void interaction(String subject, List<UUID> contacts) throws Exception {
    api.post(
            "/api/interactions",
            """
            {"kind":"note","subject":"%s","occurredAt":"2026-10-01T08:00:00Z","contactIds":[%s]}"""
                .formatted(
                    subject,
                    String.join(",", contacts.stream().map(id -> "\"" + id + "\"").toList())))
        .andExpect(status().isCreated());
  }
}
