package dev.steward.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.campaigns.CampaignMember.Mover;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CampaignMemberUnitTest {

  static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  static final Instant REPLIED = Instant.parse("2026-03-20T09:30:00Z");

  private static CampaignMember converted() {
    var member = new CampaignMember(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NOW);
    member.respond(ResponseStatus.CONVERTED, REPLIED, RecordedVia.MANUAL, Mover.PERSON, NOW);
    return member;
  }

  @ParameterizedTest
  @EnumSource(value = ResponseStatus.class, names = "CONVERTED", mode = EnumSource.Mode.EXCLUDE)
  void anAutomaticPathNeverMovesAConvertedMemberDown(ResponseStatus lower) {
    var member = converted();

    var changes = member.respond(lower, NOW, RecordedVia.MAILBOX, Mover.AUTOMATIC, NOW);

    assertThat(changes).isEmpty();
    assertThat(member.status()).isEqualTo(ResponseStatus.CONVERTED);
    assertThat(member.responseDate()).isEqualTo(REPLIED);
    assertThat(member.recordedVia()).isEqualTo(RecordedVia.MANUAL);
  }

  @Test
  void aPersonMayMoveAConvertedMemberBackExplicitly() {
    var member = converted();

    var changes =
        member.respond(ResponseStatus.RESPONDED, null, RecordedVia.OUTLOOK, Mover.PERSON, NOW);

    assertThat(member.status()).isEqualTo(ResponseStatus.RESPONDED);
    assertThat(changes).containsKeys("status", "recordedVia");
    assertThat(member.responseDate()).as("the first answer's date stays").isEqualTo(REPLIED);
  }

  @Test
  void anAutomaticPathStillRecordsAPendingMembersAnswer() {
    var member = new CampaignMember(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NOW);

    var changes =
        member.respond(
            ResponseStatus.RESPONDED, REPLIED, RecordedVia.OUTLOOK, Mover.AUTOMATIC, NOW);

    assertThat(changes).containsKeys("status", "responseDate", "recordedVia");
    assertThat(member.status()).isEqualTo(ResponseStatus.RESPONDED);
    assertThat(member.responseDate()).isEqualTo(REPLIED);
    assertThat(member.recordedVia()).isEqualTo(RecordedVia.OUTLOOK);
  }

  @Test
  void anAutomaticPathMayStillConvertARespondedMember() {
    var member = new CampaignMember(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), NOW);
    member.respond(ResponseStatus.RESPONDED, REPLIED, RecordedVia.MANUAL, Mover.PERSON, NOW);

    member.respond(ResponseStatus.CONVERTED, null, RecordedVia.IMPORT, Mover.AUTOMATIC, NOW);

    assertThat(member.status()).isEqualTo(ResponseStatus.CONVERTED);
  }
}
