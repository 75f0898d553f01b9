package dev.steward.contacts;

import dev.steward.platform.InvalidInputException;
import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import dev.steward.platform.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts")
@Tag(name = "Contacts")
class ContactController {

  static final int MAX_LOOKUP_EMAILS = 100;

  private final ContactService service;
  private final ContactSearch search;
  private final TagStore tags;

  ContactController(ContactService service, ContactSearch search, TagStore tags) {
    this.service = service;
    this.search = search;
    this.tags = tags;
  }

  @GetMapping
  @Operation(summary = "Live contacts, paged; q searches name, company, email and phone")
  PageResult<ContactSummary> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) ContactType type,
      @RequestParam(required = false) String tag,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String sort) {
    return search.find(
        ContactFilter.ofRequest(q, type, tag),
        ContactSort.parse(sort),
        new PageRequestParams(page, size),
        false);
  }

  @GetMapping("/rules")
  @Operation(summary = "The rules a contact's fields must meet, for the form's hints")
  ContactRulesView rules() {
    return ContactRulesView.CURRENT;
  }

  @GetMapping("/lookup")
  @Operation(summary = "Live contacts by email address, in one query (for the Outlook pane)")
  List<ContactSummary> lookup(@RequestParam(name = "email", required = false) String[] emails) {
    if (emails == null || emails.length == 0) {
      throw InvalidInputException.of("email", "give at least one email address");
    }
    if (emails.length > MAX_LOOKUP_EMAILS) {
      throw InvalidInputException.of(
          "email", "at most " + MAX_LOOKUP_EMAILS + " addresses per lookup");
    }
    return search.byEmails(
        Arrays.stream(emails).filter(e -> e != null && !e.isBlank() && e.length() <= 254).toList());
  }

  @GetMapping("/trash")
  @Operation(
      summary = "Contacts in the trash, newest first; they are purged 30 days after deletion")
  PageResult<ContactSummary> trash(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return search.find(
        ContactFilter.ALL,
        ContactSort.parse("deletedAt,desc"),
        new PageRequestParams(page, size),
        true);
  }

  @GetMapping("/tags")
  @Operation(summary = "Every tag of the firm, with how many live contacts carry it")
  List<TagStore.TagCount> tagCounts() {
    return tags.counts();
  }

  @GetMapping("/{id}")
  ResponseEntity<ContactView> get(@PathVariable UUID id) {
    return withEtag(ResponseEntity.ok(), service.get(id));
  }

  @PostMapping
  ResponseEntity<ContactView> create(@Valid @RequestBody ContactRequest request) {
    var created = service.create(request, null);
    return withEtag(ResponseEntity.created(URI.create("/api/contacts/" + created.id())), created);
  }

  @PutMapping("/{id}")
  @Operation(
      summary =
          "Replace a contact; send the version you edited as If-Match or in the body (409 when stale)")
  ResponseEntity<ContactView> update(
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody ContactRequest request) {
    long expected = Versions.expected(ifMatch, request.version());
    return withEtag(ResponseEntity.ok(), service.update(id, request, expected));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Move a contact to the trash")
  void delete(@PathVariable UUID id) {
    service.moveToTrash(id);
  }

  @PostMapping("/{id}/restore")
  @Operation(summary = "Bring a contact back from the trash")
  ResponseEntity<ContactView> restore(@PathVariable UUID id) {
    return withEtag(ResponseEntity.ok(), service.restore(id));
  }

  private static ResponseEntity<ContactView> withEtag(
      ResponseEntity.BodyBuilder builder, ContactView view) {
    return builder.eTag(Versions.etag(view.version())).body(view);
  }
}
