package dev.steward.mail.unsubscribe;

import dev.steward.contacts.Contacts;
import dev.steward.tenancy.CurrentTenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The unsubscribe link of campaign mail, open to anyone holding a valid token (no sign-in). GET
 * shows a plain page with one button, so that a mail scanner following links opts no one out; POST
 * opts the contact out, from that page or as the RFC 8058 one-click request a mail client sends
 * ({@code List-Unsubscribe=One-Click}).
 */
@Controller
@RequestMapping(UnsubscribeLinks.PATH + "{token}")
@Tag(name = "Unsubscribe")
class UnsubscribeController {

  private static final String PAGE = "mail/unsubscribe";

  private final UnsubscribeTokens tokens;
  private final Contacts contacts;

  UnsubscribeController(UnsubscribeTokens tokens, Contacts contacts) {
    this.tokens = tokens;
    this.contacts = contacts;
  }

  @GetMapping
  @Operation(summary = "A page that asks to confirm the unsubscribe (no sign-in)")
  String confirm(
      @PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
    var claims = tokens.verify(token, Instant.now());
    model.addAttribute("state", claims.isPresent() ? "confirm" : "invalid");
    model.addAttribute("token", token);
    if (claims.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
    }
    return PAGE;
  }

  @PostMapping
  @Operation(summary = "Opts the contact out of campaign email (one-click, RFC 8058; no sign-in)")
  String unsubscribe(
      @PathVariable String token,
      Model model,
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    var claims = tokens.verify(token, Instant.now());
    if (claims.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("state", "invalid");
      return PAGE;
    }
    var c = claims.get();
    String via =
        "List-Unsubscribe=One-Click".equals(request.getParameter("List-Unsubscribe"))
            ? "one-click"
            : "unsubscribe-link";
    CurrentTenant.runAs(
        c.tenantId(), () -> contacts.optOutOfEmail(c.contactId(), c.campaignId(), via));
    model.addAttribute("state", "done");
    return PAGE;
  }
}
