package dev.steward.mail.replies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.mail.replies.ReplyClassifier.Facts;
import dev.steward.mail.replies.ReplyClassifier.PendingMembership;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyClassifierTest {

  private static final UUID AUTUMN = UUID.randomUUID();
  private static final UUID SPRING = UUID.randomUUID();
  private static final UUID ANNA = UUID.randomUUID();
  private static final Instant AUTUMN_SENT = Instant.parse("2026-10-01T00:00:00Z");
  private static final Instant SPRING_SENT = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant RECEIVED = Instant.parse("2026-11-05T09:30:00Z");
  private static final List<PendingMembership> ANNA_PENDING =
      List.of(
          new PendingMembership(AUTUMN, ANNA, AUTUMN_SENT),
          new PendingMembership(SPRING, ANNA, SPRING_SENT));

  @Test
  void aMessageInACampaignConversationIsAReplyToThatCampaign() {
    var verdict = ReplyClassifier.classify(facts("RE: Your estate plan", Map.of(), AUTUMN, null));
    assertThat(verdict.campaignId()).isEqualTo(AUTUMN);
    assertThat(verdict.contactId()).isEqualTo(ANNA);
    assertThat(verdict.matchedBy()).isEqualTo(MatchedBy.CONVERSATION);
  }

  @Test
  void aConversationMatchOutranksHeadersAndSender() {
    var verdict = ReplyClassifier.classify(facts("RE: letter", Map.of(), AUTUMN, SPRING));
    assertThat(verdict.matchedBy()).isEqualTo(MatchedBy.CONVERSATION);
    assertThat(verdict.campaignId()).isEqualTo(AUTUMN);
  }

  @Test
  void inReplyToNamesTheCampaignWhenTheConversationIsUnknown() {
    var verdict = ReplyClassifier.classify(facts("Re: letter", Map.of(), null, AUTUMN));
    assertThat(verdict.matchedBy()).isEqualTo(MatchedBy.IN_REPLY_TO);
    assertThat(verdict.campaignId()).isEqualTo(AUTUMN);
  }

  @Test
  void aSenderMatchTakesTheCampaignThatWentOutLastBeforeTheMessage() {
    var verdict = ReplyClassifier.classify(facts("Question", Map.of(), null, null));
    assertThat(verdict.matchedBy()).isEqualTo(MatchedBy.SENDER);
    assertThat(verdict.campaignId()).isEqualTo(SPRING);
  }

  @Test
  void aMessageFromBeforeEveryCampaignWentOutIsNoReply() {
    var facts =
        new Facts(
            "Question",
            "anna@example.com",
            Instant.parse("2026-09-30T23:59:00Z"),
            Map.of(),
            null,
            null,
            ANNA_PENDING);
    assertThat(ReplyClassifier.classify(facts).isReply()).isFalse();
  }

  @Test
  void aCampaignMailAnsweredBySomeoneWhoIsNoPendingMemberRecordsNothing() {
    var facts =
        new Facts(
            "RE: letter",
            "anna@example.com",
            RECEIVED,
            Map.of(),
            AUTUMN,
            null,
            List.of(new PendingMembership(SPRING, ANNA, SPRING_SENT)));
    assertThat(ReplyClassifier.classify(facts).isReply()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Automatic reply: Your estate plan",
        "Out of Office: letter",
        "Abwesenheitsnotiz: Brief",
        "Réponse automatique : lettre",
        "Respuesta automática: carta",
        "Risposta automatica: lettera",
        "Automatisch antwoord: brief",
        "AutoReply: letter",
        "Automatische Antwort: Ihr Brief"
      })
  void automaticRepliesByTheirSubjectAreNoReplies(String subject) {
    var verdict = ReplyClassifier.classify(facts(subject, Map.of(), AUTUMN, null));
    assertThat(verdict.isReply()).isFalse();
    assertThat(verdict.notAReplyBecause()).isEqualTo("automatic reply");
  }

  @Test
  void automaticRepliesByTheirHeadersAreNoReplies() {
    assertThat(
            ReplyClassifier.classify(
                    facts(
                        "RE: letter",
                        Map.of("auto-submitted", List.of("auto-replied")),
                        AUTUMN,
                        null))
                .isReply())
        .isFalse();
    assertThat(
            ReplyClassifier.classify(
                    facts(
                        "RE: letter",
                        Map.of("x-auto-response-suppress", List.of("All")),
                        AUTUMN,
                        null))
                .isReply())
        .isFalse();
    assertThat(
            ReplyClassifier.classify(
                    facts("RE: letter", Map.of("auto-submitted", List.of("no")), AUTUMN, null))
                .isReply())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Undeliverable: Your estate plan",
        "Delivery Status Notification (Failure)",
        "Mail delivery failed: returning message to sender",
        "Unzustellbar: Ihr Brief"
      })
  void bouncesByTheirSubjectAreNoReplies(String subject) {
    var verdict = ReplyClassifier.classify(facts(subject, Map.of(), AUTUMN, null));
    assertThat(verdict.notAReplyBecause()).isEqualTo("bounce");
  }

  @Test
  void bouncesByTheirSenderOrContentTypeAreNoReplies() {
    var fromDaemon =
        new Facts(
            "Your letter",
            "MAILER-DAEMON@mx.example.com",
            RECEIVED,
            Map.of(),
            AUTUMN,
            null,
            ANNA_PENDING);
    assertThat(ReplyClassifier.classify(fromDaemon).notAReplyBecause()).isEqualTo("bounce");
    var report =
        facts(
            "Your letter",
            Map.of(
                "content-type",
                List.of("multipart/report; report-type=delivery-status; boundary=\"b1\"")),
            AUTUMN,
            null);
    assertThat(ReplyClassifier.classify(report).notAReplyBecause()).isEqualTo("bounce");
  }

  @Test
  void ordinarySubjectsThatMentionTheseWordsStayReplies() {
    assertThat(
            ReplyClassifier.classify(
                    facts("RE: Out of office hours appointment?", Map.of(), AUTUMN, null))
                .isReply())
        .isTrue();
  }

  @Test
  void referencedMessageIdsComeFromInReplyToThenReferencesNearestFirst() {
    var ids =
        ReplyClassifier.referencedMessageIds(
            Map.of(
                "in-reply-to", List.of("<c@steward.example>"),
                "references",
                    List.of("<a@steward.example> <b@steward.example>\r\n <c@steward.example>")));
    assertThat(ids)
        .containsExactly("<c@steward.example>", "<b@steward.example>", "<a@steward.example>");
  }

  private static Facts facts(
      String subject,
      Map<String, List<String>> headers,
      UUID conversationCampaign,
      UUID referencedCampaign) {
    return new Facts(
        subject,
        "anna@example.com",
        RECEIVED,
        headers,
        conversationCampaign,
        referencedCampaign,
        ANNA_PENDING);
  }
}
