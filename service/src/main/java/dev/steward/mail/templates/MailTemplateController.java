package dev.steward.mail.templates;

import dev.steward.identity.CurrentUser;
import dev.steward.platform.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/campaigns/{campaignId}/mail")
@Tag(name = "Campaign mail")
class MailTemplateController {

  private final MailTemplates templates;
  private final CampaignMail mail;
  private final SandboxedTemplates sandbox;

  MailTemplateController(MailTemplates templates, CampaignMail mail, SandboxedTemplates sandbox) {
    this.templates = templates;
    this.mail = mail;
    this.sandbox = sandbox;
  }

  /**
   * A template as the API reads and writes it; {@code saved} is false while the campaign has the
   * starter text.
   */
  record TemplateBody(
      @NotNull @Size(min = 1, max = 500) String subject,
      @NotNull @Size(max = 200_000) String html,
      @NotNull @Size(max = 100_000) String text,
      Long version,
      Boolean saved) {

    MailTemplate template() {
      return new MailTemplate(subject.strip(), html, text);
    }

    static TemplateBody of(MailTemplates.Stored stored) {
      var t = stored.template();
      return new TemplateBody(t.subject(), t.html(), t.text(), stored.version(), stored.saved());
    }
  }

  /**
   * Whom to render for (a contact's id, or the email of a contact), and optionally unsaved text to
   * render.
   */
  record RenderRequest(
      UUID contactId, @Size(max = 320) String email, @Valid TemplateBody template) {}

  @GetMapping("/template")
  @Operation(summary = "The campaign's mail template (the starter text until one is saved)")
  ResponseEntity<TemplateBody> get(@PathVariable UUID campaignId) {
    mail.prepare(campaignId, null);
    var stored = templates.of(campaignId);
    var response = ResponseEntity.ok();
    if (stored.saved()) {
      response.header(HttpHeaders.ETAG, Versions.etag(stored.version()));
    }
    return response.body(TemplateBody.of(stored));
  }

  @PutMapping("/template")
  @Operation(summary = "Saves the campaign's mail template; it is refused when it would not render")
  ResponseEntity<TemplateBody> save(
      @PathVariable UUID campaignId,
      @Valid @RequestBody TemplateBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    mail.prepare(campaignId, null);
    var template = body.template();
    sandbox.render(template, MergeFields.sample());
    Long expected = body.version();
    if (ifMatch != null && !ifMatch.isBlank()) {
      expected = Versions.expected(ifMatch, null);
    }
    var stored = templates.save(campaignId, template, expected, CurrentUser.idOrNull());
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(stored.version()))
        .body(TemplateBody.of(stored));
  }

  @PostMapping("/render")
  @Operation(
      summary =
          "The campaign's mail for one contact, rendered exactly as it is sent: subject, HTML, text")
  RenderedMail render(@PathVariable UUID campaignId, @Valid @RequestBody RenderRequest request) {
    return mail.preview(
        campaignId,
        request.contactId(),
        request.email(),
        request.template() == null ? null : request.template().template(),
        CurrentUser.idOrNull());
  }
}
