package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.platform.ConflictException;
import dev.steward.spreadsheets.read.UnreadableFileException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ImportJobUnitTest {

  private final ImportJob job =
      ImportJob.start(UUID.randomUUID(), null, "file", "contacts.csv", "csv");

  private static final ImportSummary DECIDED =
      new ImportSummary(
          new ImportSummary.Counts(8, 1, 0, 0, 1),
          new ImportSummary.Duplicates(0, 1),
          List.of(),
          List.of(),
          Instant.parse("2026-01-01T00:00:00Z"),
          null);

  @Test
  void goesFromReceivingThroughCommitToUndone() {
    job.appendRows(10, 120);
    job.ready(DECIDED);
    job.choose(ImportPolicy.SKIP);
    job.startCommit();
    job.committed(DECIDED);
    assertThat(job.progress().rowsDone()).isEqualTo(10);
    var undo = new ImportSummary.Undo(8, 1, List.of());
    job.undone(undo);
    assertThat(job.status()).isEqualTo(ImportStatus.UNDONE);
    assertThat(job.progress().summary().undo()).isEqualTo(undo);
    assertThat(job.progress().summary().counts()).isEqualTo(DECIDED.counts());
  }

  @Test
  void refusesToChangeOrUndoAJobThatIsNotInTheRightState() {
    assertThatThrownBy(job::startCommit)
        .isInstanceOf(ConflictException.class)
        .hasMessage("Cannot commit an import that is receiving.");
    job.ready(DECIDED);
    assertThatThrownBy(() -> job.requireUndoable(java.time.Duration.ofDays(90)))
        .hasMessage("Cannot undo an import that is ready.");
    job.startCommit();
    assertThatThrownBy(() -> job.remap(List.of()))
        .hasMessage("Cannot change the mapping of an import that is committing.");
    assertThatThrownBy(() -> job.appendRows(1, 5))
        .hasMessage("Cannot add rows to an import that is committing.");
    assertThatThrownBy(() -> job.header(1, List.of("Email"), List.of()))
        .hasMessage("Cannot change the header of an import that is committing.");
  }

  @Test
  void refusesTheUsersMappingBeforeTheRowsAreAllIn() {
    assertThatThrownBy(() -> job.remap(List.of()))
        .hasMessage("Cannot change the mapping of an import that is receiving.");
  }

  @Test
  void aFailedCommitMayBeCommittedAgainAndDecidesAfresh() {
    job.ready(DECIDED);
    job.startCommit();
    job.failed("boom");
    assertThat(job.progress().error()).isEqualTo("boom");
    job.startCommit();
    assertThat(job.progress().error()).isNull();
    assertThat(job.progress().summary().decidedAt()).isNull();
    assertThat(job.progress().summary().counts()).isEqualTo(DECIDED.counts());
  }

  @Test
  void answersAnOversizeFileWith413AndEveryOtherRefusalWith422() {
    var advice =
        new ImportProblems(
            new ImportSettings(null, null, null, null, null, null, null, null, null, null, null));
    var tooLarge = advice.unreadable(UnreadableFileException.tooLarge(100L * 1024 * 1024));
    assertThat(tooLarge.getStatus()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
    assertThat(tooLarge.getDetail())
        .isEqualTo(
            "The file is larger than the 100 MB this installation accepts"
                + " (STEWARD_UPLOAD_MAX_FILE_SIZE). Split it, or save it as CSV, which is smaller.");
    assertThat(tooLarge.getProperties()).containsEntry("code", "too-large");
    var empty =
        advice.unreadable(new UnreadableFileException("empty-sheet", "The sheet is empty."));
    assertThat(empty.getStatus()).isEqualTo(422);
  }
}
