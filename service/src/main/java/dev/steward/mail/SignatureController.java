package dev.steward.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Proposals for "Add to Steward" in the Outlook pane, read from the open message's signature. */
@RestController
@Tag(name = "Mail")
class SignatureController {

  private final SignatureParser parser;

  SignatureController(SignatureParser parser) {
    this.parser = parser;
  }

  @PostMapping("/api/mail/signature")
  @Operation(
      summary = "Phones, company, job title and website proposed from a message body's signature")
  SignatureProposals signature(@Valid @RequestBody SignatureRequest request) {
    return parser.parse(request.text(), request.senderName(), request.senderEmail());
  }
}
