package dev.steward.campaigns;

import dev.steward.platform.InvalidInputException;
import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import dev.steward.platform.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
@Tag(name = "Campaigns")
class CampaignController {

  private final CampaignService service;
  private final CampaignSearch search;

  CampaignController(CampaignService service, CampaignSearch search) {
    this.service = service;
    this.search = search;
  }

  @GetMapping
  @Operation(
      summary = "Live campaigns, newest first, each with its member counts; q searches the name")
  PageResult<CampaignView> list(
      @RequestParam(required = false) CampaignStatus status,
      @RequestParam(required = false) Channel channel,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (q != null && q.length() > 200) {
      throw InvalidInputException.of("q", "must be at most 200 characters");
    }
    return search.find(
        new CampaignSearch.Filter(status, channel, q), new PageRequestParams(page, size), false);
  }

  @GetMapping("/trash")
  @Operation(summary = "Campaigns in the trash, most recently deleted first")
  PageResult<CampaignView> trash(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return search.find(
        new CampaignSearch.Filter(null, null, null), new PageRequestParams(page, size), true);
  }

  @GetMapping("/{id}")
  ResponseEntity<CampaignView> get(@PathVariable UUID id) {
    return withEtag(ResponseEntity.ok(), service.get(id));
  }

  @PostMapping
  @Operation(summary = "Create a campaign; it starts as a draft unless a status is given")
  ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignRequest request) {
    var created = service.create(request.toFields(), null);
    return withEtag(ResponseEntity.created(URI.create("/api/campaigns/" + created.id())), created);
  }

  @PutMapping("/{id}")
  @Operation(
      summary =
          "Replace a campaign; send the version you edited as If-Match or in the body (409 when stale). "
              + "Status moves draft → sent → completed, draft → completed, and completed → sent to reopen")
  ResponseEntity<CampaignView> update(
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody CampaignRequest request) {
    long expected = Versions.expected(ifMatch, request.version());
    return withEtag(ResponseEntity.ok(), service.update(id, request.toFields(), expected));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Move a campaign to the trash")
  void delete(@PathVariable UUID id) {
    service.moveToTrash(id);
  }

  @PostMapping("/{id}/restore")
  @Operation(summary = "Bring a campaign back from the trash")
  ResponseEntity<CampaignView> restore(@PathVariable UUID id) {
    return withEtag(ResponseEntity.ok(), service.restore(id));
  }

  private static ResponseEntity<CampaignView> withEtag(
      ResponseEntity.BodyBuilder builder, CampaignView view) {
    return builder.eTag(Versions.etag(view.version())).body(view);
  }
}
