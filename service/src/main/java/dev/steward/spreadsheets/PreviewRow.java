package dev.steward.spreadsheets;

import dev.steward.platform.FieldProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One row of the dry-run preview.
 *
 * @param rowNumber the row's number in the sheet, to point the user (or the Excel pane's selection)
 *     at it
 * @param action create, update, unchanged, skip or reject
 * @param contactId the contact the row matched, if any
 * @param duplicateOf the earlier row of the same file this one duplicates
 * @param values the row as it would be imported, blanks left out
 * @param errors why the row is rejected
 * @param conflicts fields whose current value the row would replace
 * @param warnings what is imported as written though it looks wrong (a phone number that does not
 *     parse)
 */
@NullMarked
public record PreviewRow(
    int rowNumber,
    @Schema(allowableValues = {"create", "update", "unchanged", "skip", "reject"}) String action,
    @Nullable UUID contactId,
    @Nullable Integer duplicateOf,
    Map<String, Object> values,
    List<FieldProblem> errors,
    List<FieldConflict> conflicts,
    @Nullable List<FieldProblem> warnings) {

  /** A field where the contact holds one value and the row another. */
  @NullMarked
  public record FieldConflict(String field, @Nullable Object current, @Nullable Object incoming) {}
}
