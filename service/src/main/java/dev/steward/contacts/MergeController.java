package dev.steward.contacts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contacts")
class MergeController {

  private final ContactDuplicates duplicates;
  private final ContactMerges merges;
  private final ContactService contacts;

  MergeController(ContactDuplicates duplicates, ContactMerges merges, ContactService contacts) {
    this.duplicates = duplicates;
    this.merges = merges;
    this.contacts = contacts;
  }

  @GetMapping("/api/contacts/{id}/duplicates")
  @Operation(
      summary =
          "Live contacts that may be the same: same name and a shared email, phone or postcode, or"
              + " a shared email")
  @Transactional(readOnly = true)
  List<PossibleDuplicate> duplicates(@PathVariable UUID id) {
    contacts.get(id);
    return duplicates.of(id);
  }

  @GetMapping("/api/contacts/{id}/merge-preview")
  @Operation(
      summary =
          "Both contacts side by side, the fields that conflict, and what would move from the"
              + " duplicate")
  MergePreview preview(@PathVariable UUID id, @RequestParam UUID duplicateId) {
    return merges.preview(id, duplicateId);
  }

  @PostMapping("/api/contacts/{id}/merge")
  @Operation(
      summary =
          "Merge a duplicate into this contact (409 when either version is stale); the duplicate"
              + " goes to the trash")
  MergeResult merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest request) {
    return merges.merge(id, request);
  }

  @PostMapping("/api/contacts/merges/{mergeId}/undo")
  @Operation(summary = "Undo a merge: both contacts back as they were before it")
  UndoneMerge undo(@PathVariable UUID mergeId, @Valid @RequestBody UndoMergeRequest request) {
    return merges.undo(mergeId, request.survivorVersion());
  }
}
