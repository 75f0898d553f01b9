package dev.steward.mail.replies;

import dev.steward.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin: the mailboxes Steward reads for campaign replies (under {@code /api/tenant}, so admins
 * only).
 */
@RestController
@RequestMapping("/api/tenant/mailboxes")
@Tag(name = "Mailboxes")
class MailboxController {

  private final Mailboxes mailboxes;
  private final MailboxSync sync;

  MailboxController(Mailboxes mailboxes, MailboxSync sync) {
    this.mailboxes = mailboxes;
    this.sync = sync;
  }

  @GetMapping
  @Operation(
      summary = "Admin: the mailboxes read for campaign replies, with how their last sync went")
  List<MailboxView> list() {
    return mailboxes.list();
  }

  @PostMapping
  @Operation(
      summary =
          "Admin: read a mailbox for campaign replies: the firm's shared campaign mailbox, or a person "
              + "who opted in")
  ResponseEntity<MailboxView> add(@Valid @RequestBody MailboxRequest request) {
    var added = mailboxes.add(request);
    return ResponseEntity.created(URI.create("/api/tenant/mailboxes/" + added.id())).body(added);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Admin: stop reading a mailbox; the replies found in it stay")
  ResponseEntity<Void> remove(@PathVariable UUID id) {
    mailboxes.remove(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/sync")
  @Operation(summary = "Admin: sync a mailbox now, and say what was found")
  SyncResult syncNow(@PathVariable UUID id) {
    if (!mailboxes.exists(id)) {
      throw NotFoundException.of("Mailbox", id);
    }
    return sync.syncNow(id);
  }
}
