package dev.steward.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.contacts.Contacts;
import dev.steward.mail.unsubscribe.UnsubscribeLinks;
import dev.steward.mail.unsubscribe.UnsubscribeTokens;
import dev.steward.tenancy.CurrentTenant;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * Email campaigns sent over SMTP to GreenMail: what arrives (headers, both parts, merge fields),
 * who is skipped, the unsubscribe link end to end, and a send stopped hard between "handed over"
 * and "recorded" and then resumed.
 */
@TestPropertySource(
    properties = {
      "steward.public-url=https://crm.harbour.example",
      "steward.mail.smtp.host=127.0.0.1",
      "steward.mail.smtp.security=none",
      "steward.mail.sending.mails-per-minute=0",
      "steward.mail.sending.in-flight-lease=0s",
      "steward.mail.sending.from-address=advice@harbour.example"
    })
class SmtpSendIntegrationTest extends IntegrationTest {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("steward.mail.smtp.port", () -> greenMail.getSmtp().getPort());
  }

  /**
   * Stops the sender like a crash, after the armed number of mails went out and before the next is
   * recorded.
   */
  static final class Crash implements SendCheckpoint {

    final AtomicInteger armedAfter = new AtomicInteger(-1);

    @Override
    public void handedOver(UUID memberId) {
      if (armedAfter.get() >= 0 && armedAfter.getAndDecrement() == 0) {
        throw new SimulatedCrash();
      }
    }
  }

  static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("the process stopped here");
    }
  }

  @TestConfiguration
  static class CrashPoint {
    @Bean
    Crash crash() {
      return new Crash();
    }
  }

  @Autowired CampaignSender sender;
  @Autowired Crash crash;
  @Autowired Contacts contacts;
  @Autowired UnsubscribeTokens unsubscribeTokens;

  private static final Pattern LINK =
      Pattern.compile("https://crm\\.harbour\\.example(/api/unsubscribe/[A-Za-z0-9_-]+)");

  @AfterEach
  void disarm() throws Exception {
    crash.armedAfter.set(-1);
    greenMail.purgeEmailFromAllMailboxes();
  }

  private String address(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private UUID contact(String json) throws Exception {
    return api.create("/api/contacts", json);
  }

  private UUID campaign(String name, List<UUID> members) throws Exception {
    var id =
        api.create(
            "/api/campaigns",
            """
        {"name":"%s","channel":"email"}"""
                .formatted(name));
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":[%s]}"""
                .formatted(String.join(",", members.stream().map(m -> "\"" + m + "\"").toList())),
            id)
        .andExpect(status().isOk());
    return id;
  }

  private void saveTemplate(UUID campaign, String subject, String html, String text)
      throws Exception {
    api.put(
            "/api/campaigns/{id}/mail/template",
            """
        {"subject":%s,"html":%s,"text":%s}"""
                .formatted(json(subject), json(html), json(text)),
            campaign)
        .andExpect(status().isOk());
  }

  private static String json(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private void optOut(UUID contact) {
    CurrentTenant.runAs(firm, () -> contacts.optOutOfEmail(contact, null, "staff"));
  }

  private boolean optedOut(UUID contact) {
    return CurrentTenant.callAs(
        firm, () -> contacts.mailRecipients(List.of(contact)).get(0).optedOut());
  }

  private List<MimeMessage> mailTo(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      for (Address to : message.getAllRecipients()) {
        if (((InternetAddress) to).getAddress().equalsIgnoreCase(address)) {
          found.add(message);
        }
      }
    }
    return found;
  }

  private static String part(MimeMessage message, String type) throws Exception {
    var multipart = (MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).isMimeType(type)) {
        return ((String) multipart.getBodyPart(i).getContent()).replace("\r\n", "\n");
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  @Test
  void sendsEveryReachableMemberOneMailWithUnsubscribeHeadersBothPartsAndTheirMergeFields()
      throws Exception {
    String zoe = address("zoe");
    String maryam = address("maryam");
    var zoeId =
        contact(
            """
        {"type":"individual","firstName":"Zoë","lastName":"Ångström","companyName":"Société Générale","email":"%s"}"""
                .formatted(zoe));
    var maryamId =
        contact(
            """
        {"type":"individual","firstName":"مريم","lastName":"الحسيني","email":"%s"}"""
                .formatted(maryam));
    var noEmail =
        contact(
            """
        {"type":"individual","firstName":"Paper","lastName":"Only"}""");
    String outAddress = address("out");
    var out =
        contact(
            """
        {"type":"individual","firstName":"Opted","lastName":"Out","email":"%s"}"""
                .formatted(outAddress));
    optOut(out);
    var campaign = campaign("Spring review", List.of(zoeId, maryamId, noEmail, out));
    api.put(
            "/api/mail/settings",
            """
        {"transport":"smtp","fromName":"Harbour Advice","replyTo":"replies@harbour.example"}""")
        .andExpect(status().isOk());
    saveTemplate(
        campaign,
        "Your review, [[${contact.firstName}]]",
        "<p>Dear <b th:text=\"${contact.salutation}\">x</b> at [[${contact.company}]],</p>"
            + "<p th:utext=\"${contact.lastName}\"></p><p>[[${adviser.name}]]</p>",
        "Dear [[${contact.name}]],\nyour adviser [[${adviser.name}]]");

    api.get("/api/campaigns/{id}/mail/send-preview", campaign)
        .andExpect(jsonPath("$.willReceive").value(2))
        .andExpect(jsonPath("$.skippedNoEmail").value(1))
        .andExpect(jsonPath("$.skippedOptedOut").value(1));
    var preview =
        api.post(
                "/api/campaigns/{id}/mail/render",
                """
        {"contactId":"%s"}"""
                    .formatted(maryamId),
                campaign)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    api.post("/api/campaigns/{id}/mail/send", "", campaign)
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.remaining").value(2))
        .andExpect(jsonPath("$.skipped").value(2));

    assertThat(sender.sendDue(Duration.ofMinutes(1))).isEqualTo(2);

    assertThat(greenMail.getReceivedMessages()).hasSize(2);
    assertThat(mailTo(outAddress)).isEmpty();
    MimeMessage toMaryam = mailTo(maryam).get(0);
    assertThat(toMaryam.getSubject()).isEqualTo("Your review, مريم");
    assertThat(((InternetAddress) toMaryam.getFrom()[0]).getAddress())
        .isEqualTo("advice@harbour.example");
    assertThat(((InternetAddress) toMaryam.getFrom()[0]).getPersonal()).isEqualTo("Harbour Advice");
    assertThat(((InternetAddress) toMaryam.getReplyTo()[0]).getAddress())
        .isEqualTo("replies@harbour.example");
    assertThat(((InternetAddress) toMaryam.getAllRecipients()[0]).getPersonal())
        .isEqualTo("مريم الحسيني");
    assertThat(toMaryam.getHeader("List-Unsubscribe")[0])
        .matches("<https://crm\\.harbour\\.example/api/unsubscribe/[A-Za-z0-9_-]+>");
    assertThat(toMaryam.getHeader("List-Unsubscribe-Post")[0])
        .isEqualTo("List-Unsubscribe=One-Click");
    assertThat(toMaryam.getMessageID())
        .matches("<[0-9a-f]{32}\\.campaign@crm\\.harbour\\.example>");
    String html = part(toMaryam, "text/html");
    String text = part(toMaryam, "text/plain");
    assertThat(html)
        .contains("Dear <b>مريم</b>")
        .contains("<p>الحسيني</p>")
        .contains(">Unsubscribe</a>");
    assertThat(text)
        .startsWith("Dear مريم الحسيني,\nyour adviser Test admin")
        .containsPattern(LINK.pattern());
    // The preview is the mail as sent, its freshly signed link aside.
    String previewHtml = com.jayway.jsonpath.JsonPath.read(preview, "$.html");
    assertThat(previewHtml.replaceAll("unsubscribe/[A-Za-z0-9_-]+", "unsubscribe/T"))
        .isEqualTo(html.replaceAll("unsubscribe/[A-Za-z0-9_-]+", "unsubscribe/T"));
    MimeMessage toZoe = mailTo(zoe).get(0);
    assertThat(toZoe.getSubject()).isEqualTo("Your review, Zoë");
    assertThat(part(toZoe, "text/html"))
        .contains("Dear <b>Zoë</b> at Société Générale")
        .contains("<p>Ångström</p>");

    api.get("/api/campaigns/{id}/mail/progress", campaign)
        .andExpect(jsonPath("$.sent").value(2))
        .andExpect(jsonPath("$.skipped").value(2))
        .andExpect(jsonPath("$.failed").value(0))
        .andExpect(jsonPath("$.remaining").value(0))
        .andExpect(jsonPath("$.completedAt").isNotEmpty());
    api.get("/api/campaigns/{id}", campaign)
        .andExpect(jsonPath("$.status").value("sent"))
        .andExpect(jsonPath("$.sendDate").isNotEmpty());
    // Filed on the timeline with its Message-ID, where reply detection looks for the campaign of an
    // answer.
    api.get("/api/interactions/by-message?internetMessageId={id}", toMaryam.getMessageID())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.campaignName").value("Spring review"));

    // Sending again mails nobody twice.
    api.post("/api/campaigns/{id}/mail/send", "", campaign).andExpect(status().isAccepted());
    sender.sendDue(Duration.ofMinutes(1));
    assertThat(greenMail.getReceivedMessages()).hasSize(2);
  }

  @Test
  void theUnsubscribeLinkOptsTheContactOutWithoutSigningInAndTheyGetNothingMore() throws Exception {
    String ann = address("ann");
    var annId =
        contact(
            """
        {"type":"individual","firstName":"Ann","lastName":"Link","email":"%s"}"""
                .formatted(ann));
    var first = campaign("First letter", List.of(annId));
    saveTemplate(first, "Hello", "<p>Hello [[${contact.firstName}]]</p>", "Hello");
    api.post("/api/campaigns/{id}/mail/send", "", first).andExpect(status().isAccepted());
    sender.sendDue(Duration.ofMinutes(1));
    var matcher = LINK.matcher(part(mailTo(ann).get(0), "text/plain"));
    assertThat(matcher.find()).isTrue();
    String path = matcher.group(1);
    assertThat(mailTo(ann).get(0).getHeader("List-Unsubscribe")[0]).contains(path);

    // Following the link only asks; a scanner that opens links opts nobody out.
    var page =
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Unsubscribe from these emails?").contains("method=\"post\"");
    assertThat(optedOut(annId)).isFalse();
    mvc.perform(post(path + "x")).andExpect(status().isNotFound());
    // One character of the signature changed (not the last: its low bits are padding, which
    // decoders ignore).
    int at = path.length() - 5;
    String tampered =
        path.substring(0, at) + (path.charAt(at) == 'A' ? 'B' : 'A') + path.substring(at + 1);
    mvc.perform(post(tampered)).andExpect(status().isNotFound());
    assertThat(optedOut(annId)).isFalse();

    var done =
        mvc.perform(post(HtmlUtils.htmlUnescape(path)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(done).contains("You are unsubscribed");
    assertThat(optedOut(annId)).isTrue();
    List<String> actions = Api.read(api.get("/api/audit?size=50"), "$.items[*].action");
    assertThat(actions).contains("contact.email_opted_out");
    // RFC 8058 one-click, as a mail client sends it, is accepted again without harm.
    mvc.perform(
            post(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click"))
        .andExpect(status().isOk());

    greenMail.purgeEmailFromAllMailboxes();
    var second = campaign("Second letter", List.of(annId));
    saveTemplate(second, "Again", "<p>Again</p>", "Again");
    api.post("/api/campaigns/{id}/mail/send", "", second)
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.skipped").value(1));
    sender.sendDue(Duration.ofMinutes(1));
    assertThat(mailTo(ann)).isEmpty();
  }

  @Test
  void anExpiredUnsubscribeLinkIsRefusedAndOptsNobodyOut() throws Exception {
    var ann =
        contact(
            """
        {"type":"individual","firstName":"Ann","lastName":"Late","email":"%s"}"""
                .formatted(address("ann")));
    var campaign = campaign("Old letter", List.of(ann));
    Instant expiresAt = Instant.now().minus(Duration.ofMinutes(1));
    String token =
        unsubscribeTokens.issue(new UnsubscribeTokens.Claims(firm, ann, campaign, expiresAt));

    assertThat(unsubscribeTokens.verify(token, expiresAt.minusSeconds(1))).isPresent();
    assertThat(unsubscribeTokens.verify(token, expiresAt)).isEmpty();

    String path = UnsubscribeLinks.PATH + token;
    var page =
        mvc.perform(get(path))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("This link is no longer valid").doesNotContain("method=\"post\"");
    mvc.perform(
            post(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click"))
        .andExpect(status().isNotFound());
    assertThat(optedOut(ann)).isFalse();
  }

  @Test
  void aSendLargerThanTheFirmsCapIsRefusedInPlainWordsAndMailsNobody() throws Exception {
    var fixtures = SendFixtures.campaign(api, "Too many", 3);
    Object version = capPerSend(2, null);

    api.post("/api/campaigns/{id}/mail/send", "", fixtures.campaign())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("members"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "this send would mail 3 members, and the firm sends to at most 2 at a time: "
                        + "an admin can raise the cap"));
    assertThat(sender.sendDue(Duration.ofMinutes(1))).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    api.get("/api/campaigns/{id}/mail/progress", fixtures.campaign())
        .andExpect(jsonPath("$.started").value(false))
        .andExpect(jsonPath("$.sent").value(0));

    // At the cap, the same send goes.
    capPerSend(3, version);
    api.post("/api/campaigns/{id}/mail/send", "", fixtures.campaign())
        .andExpect(status().isAccepted());
    assertThat(sender.sendDue(Duration.ofMinutes(1))).isEqualTo(3);
  }

  /**
   * Saves the firm's cap on members per send over the settings at {@code version} (null while none
   * are saved), and returns the version saved.
   */
  private Object capPerSend(int members, Object version) throws Exception {
    return Api.read(
        api.put(
                "/api/mail/settings",
                """
            {"transport":"smtp","maxMembersPerSend":%d,"version":%s}"""
                    .formatted(members, version))
            .andExpect(status().isOk()),
        "$.version");
  }

  @Test
  void aSendStoppedHardBetweenHandingOverAndRecordingResumesAndLeavesNobodyOutOrDoubled()
      throws Exception {
    List<String> addresses = new ArrayList<>();
    List<UUID> members = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String address = address("crash" + i);
      addresses.add(address);
      members.add(
          contact(
              """
          {"type":"individual","firstName":"Member","lastName":"%d","email":"%s"}"""
                  .formatted(i, address)));
    }
    var campaign = campaign("Crash test", members);
    saveTemplate(campaign, "Hi", "<p>Hi [[${contact.lastName}]]</p>", "Hi");
    api.post("/api/campaigns/{id}/mail/send", "", campaign).andExpect(status().isAccepted());

    crash.armedAfter.set(2);
    assertThatThrownBy(() -> sender.sendDue(Duration.ofMinutes(1)))
        .isInstanceOf(SimulatedCrash.class);
    // Two connections send at once: the crash cuts one short after its mail went. The other,
    // which a real crash would stop at the same instant, goes on until it sees the failure (one
    // mail or more on a busy machine) and records every mail it hands over.
    int received = greenMail.getReceivedMessages().length;
    assertThat(received).isBetween(3, 6);
    api.get("/api/campaigns/{id}/mail/progress", campaign)
        .andExpect(jsonPath("$.sent").value(received - 1))
        .andExpect(jsonPath("$.remaining").value(6 - (received - 1)));

    crash.armedAfter.set(-1);
    assertThat(sender.sendDue(Duration.ofMinutes(1))).isEqualTo(6 - (received - 1));

    api.get("/api/campaigns/{id}/mail/progress", campaign)
        .andExpect(jsonPath("$.sent").value(6))
        .andExpect(jsonPath("$.remaining").value(0));
    Map<String, Set<String>> messageIds = new HashMap<>();
    int copies = 0;
    for (String address : addresses) {
      for (MimeMessage message : mailTo(address)) {
        messageIds.computeIfAbsent(address, a -> new HashSet<>()).add(message.getMessageID());
        copies++;
      }
    }
    // Everyone has exactly one mail (one Message-ID). Without a sent-copy mailbox SMTP cannot be
    // asked whether the mail in flight at the crash went, so it goes again, as the very same
    // message: at most one such copy, for the one member in flight (SmtpSentCopyIntegrationTest
    // shows the send with one).
    assertThat(messageIds).hasSize(6).allSatisfy((address, ids) -> assertThat(ids).hasSize(1));
    assertThat(copies).isEqualTo(7);
    assertThat(
            Arrays.stream(greenMail.getReceivedMessages())
                .map(
                    m -> {
                      try {
                        return m.getMessageID();
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    })
                .distinct())
        .hasSize(6);
  }

  @Test
  void aMailTrackedFromOutlookCountsAsTheMembersSendAndIsNotSentAgain() throws Exception {
    var fixtures = SendFixtures.campaign(api, "Tracked and sent", 3);
    UUID fromOutlook = fixtures.members().get(0);
    String token =
        Api.read(
            api.post(
                    "/api/campaigns/{id}/mail/tracked",
                    """
                    {"contactId":"%s","mailbox":null}"""
                        .formatted(fromOutlook),
                    fixtures.campaign())
                .andExpect(status().isOk()),
            "$.token");
    api.post(
            "/api/mail/tracked/{token}/sent",
            "{\"subject\":\"Written in Outlook\",\"internetMessageId\":\"<outlook-1@harbour.example>\"}",
            token)
        .andExpect(status().isOk());

    api.get("/api/campaigns/{id}/mail/progress", fixtures.campaign())
        .andExpect(jsonPath("$.sent").value(1))
        .andExpect(jsonPath("$.sentFromOutlook").value(1))
        .andExpect(jsonPath("$.remaining").value(0))
        .andExpect(jsonPath("$.toSend").value(2));
    api.get("/api/campaigns/{id}/mail/send-preview", fixtures.campaign())
        .andExpect(jsonPath("$.willReceive").value(2))
        .andExpect(jsonPath("$.alreadyInSend").value(1));

    api.post("/api/campaigns/{id}/mail/send", "", fixtures.campaign())
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.remaining").value(2));
    assertThat(sender.sendDue(Duration.ofMinutes(1))).isEqualTo(2);

    assertThat(mailTo(fixtures.addresses().get(0))).isEmpty();
    assertThat(mailTo(fixtures.addresses().get(1))).hasSize(1);
    assertThat(mailTo(fixtures.addresses().get(2))).hasSize(1);
    api.get("/api/campaigns/{id}/mail/progress", fixtures.campaign())
        .andExpect(jsonPath("$.sent").value(3))
        .andExpect(jsonPath("$.sentFromOutlook").value(1))
        .andExpect(jsonPath("$.remaining").value(0))
        .andExpect(jsonPath("$.toSend").value(0))
        .andExpect(jsonPath("$.completedAt").isNotEmpty());
    // Recording the tracked mail again, or tracking another to a member Steward sent to, changes
    // nothing in the figures.
    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Again\"}", token)
        .andExpect(status().isOk());
    String second =
        Api.read(
            api.post(
                "/api/campaigns/{id}/mail/tracked",
                """
                {"contactId":"%s","mailbox":null}"""
                    .formatted(fixtures.members().get(1)),
                fixtures.campaign()),
            "$.token");
    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Follow-up\"}", second)
        .andExpect(status().isOk());
    api.get("/api/campaigns/{id}/mail/progress", fixtures.campaign())
        .andExpect(jsonPath("$.sent").value(3))
        .andExpect(jsonPath("$.sentFromOutlook").value(1));
  }

  @Test
  void statusTellsWhichTransportCanSendAndWhyNot() throws Exception {
    api.get("/api/mail/settings/status")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.smtpProblem").doesNotExist())
        .andExpect(jsonPath("$.unavailable").doesNotExist())
        .andExpect(
            jsonPath("$.graphProblem")
                .value(org.hamcrest.Matchers.startsWith("Microsoft 365 is not connected")));

    api.put(
            "/api/mail/settings",
            """
        {"transport":"graph","graphMailbox":"advice@harbour.example"}""")
        .andExpect(status().isOk());
    api.get("/api/mail/settings/status")
        .andExpect(
            jsonPath("$.unavailable")
                .value(org.hamcrest.Matchers.startsWith("Microsoft 365 is not connected")));
  }
}
