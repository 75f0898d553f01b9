package dev.steward.campaigns;

import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import dev.steward.platform.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@RequestMapping("/api/campaigns")
@Tag(name = "Campaign members")
class MemberController {

  private final CampaignMembers members;
  private final MemberListing listing;

  MemberController(CampaignMembers members, MemberListing listing) {
    this.members = members;
    this.listing = listing;
  }

  @GetMapping("/{id}/contacts")
  @Operation(
      summary =
          "A campaign's members by name, paged, optionally only those with one response status")
  PageResult<MemberView> list(
      @PathVariable UUID id,
      @RequestParam(required = false) dev.steward.campaigns.ResponseStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return listing.list(id, status, new PageRequestParams(page, size));
  }

  @PostMapping("/{id}/contacts")
  @Operation(
      summary =
          "Add contacts by id, or every live contact a filter takes; contacts already in stay as they are")
  AddedMembers add(@PathVariable UUID id, @Valid @RequestBody AddMembersRequest request) {
    return members.add(id, request);
  }

  @PutMapping("/{id}/contacts/{contactId}")
  @Operation(
      summary =
          "Record a member's response, as the person's explicit choice (it may move a converted member "
              + "back); the version (If-Match or body) is checked when given")
  ResponseEntity<MemberView> respond(
      @PathVariable UUID id,
      @PathVariable UUID contactId,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody MemberUpdateRequest request) {
    Long expected =
        (ifMatch == null || ifMatch.isBlank()) && request.version() == null
            ? null
            : Versions.expected(ifMatch, request.version());
    var member =
        members.respond(
            id,
            contactId,
            request.status(),
            CampaignDates.parseInstant("respondedAt", request.respondedAt()),
            request.recordedVia(),
            CampaignMember.Mover.PERSON,
            request.notes(),
            false,
            expected);
    return ResponseEntity.ok().eTag(Versions.etag(member.version())).body(member);
  }

  @DeleteMapping("/{id}/contacts/{contactId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Take a contact out of a campaign")
  void remove(@PathVariable UUID id, @PathVariable UUID contactId) {
    members.remove(id, contactId);
  }

  @GetMapping("/memberships")
  @Operation(
      summary =
          "The live campaigns a contact belongs to, with the contact's response status in each")
  List<Membership> memberships(@RequestParam UUID contactId) {
    return listing.membershipsOf(contactId);
  }
}
