package dev.steward.mail;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.steward.campaigns.Campaigns;
import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Interactions")
class InteractionController {

  private final Interactions interactions;
  private final EmailReading reading;
  private final Contacts contacts;
  private final Campaigns campaigns;

  InteractionController(
      Interactions interactions, EmailReading reading, Contacts contacts, Campaigns campaigns) {
    this.interactions = interactions;
    this.reading = reading;
    this.contacts = contacts;
    this.campaigns = campaigns;
  }

  /** A contact an interaction is filed on, by name. */
  record FiledOn(UUID id, String displayName) {}

  /**
   * A filing's answer: the interaction, the contacts it is on, those this filing linked, and
   * whether the email's details were read through Graph or came from Outlook (with the reason Graph
   * was not used, when it was asked).
   */
  record FilingResult(
      @JsonUnwrapped InteractionView interaction,
      boolean created,
      List<FiledOn> contacts,
      List<UUID> newlyLinkedContactIds,
      String readThrough,
      String graphUnavailable) {}

  /** An email already in Steward, with the campaign it answers and who it is filed on. */
  record MessageLookup(
      @JsonUnwrapped InteractionView interaction, String campaignName, List<FiledOn> contacts) {}

  @PostMapping("/api/interactions")
  @Operation(
      summary =
          "File an email, call, letter or note on contacts; an email is filed once per Internet message "
              + "id, on every contact on it (sender, To, Cc), read through Graph when the user signed in with Microsoft")
  ResponseEntity<FilingResult> file(@Valid @RequestBody InteractionRequest request) {
    var read = reading.read(request);
    var filed =
        interactions.file(read.request(), "email".equals(request.kind()) ? "outlook" : null);
    var result =
        new FilingResult(
            filed.interaction(),
            filed.created(),
            names(filed.interaction()),
            filed.newlyLinkedContactIds(),
            read.readThrough(),
            read.graphUnavailable());
    return filed.created()
        ? ResponseEntity.created(URI.create("/api/interactions/" + filed.interaction().id()))
            .body(result)
        : ResponseEntity.ok(result);
  }

  @GetMapping("/api/interactions/by-message")
  @Operation(
      summary =
          "The email with this Internet message id, if it was filed or found by the mailbox sync, with "
              + "the campaign it answers")
  MessageLookup byMessage(@RequestParam String internetMessageId) {
    var interaction =
        interactions
            .byInternetMessageId(internetMessageId)
            .orElseThrow(
                () ->
                    NotFoundException.of("Email with the Internet message id", internetMessageId));
    String campaignName =
        interaction.campaignId() == null
            ? null
            : campaigns.namesOf(List.of(interaction.campaignId())).get(interaction.campaignId());
    return new MessageLookup(interaction, campaignName, names(interaction));
  }

  /**
   * The live contacts an interaction is on, in the email's order (sender, To, Cc), then by name.
   */
  private List<FiledOn> names(InteractionView interaction) {
    var addresses = new ArrayList<String>();
    if (interaction.from() != null) {
      addresses.add(interaction.from().address().toLowerCase(Locale.ROOT));
    }
    interaction.to().forEach(p -> addresses.add(p.address().toLowerCase(Locale.ROOT)));
    interaction.cc().forEach(p -> addresses.add(p.address().toLowerCase(Locale.ROOT)));
    Comparator<ContactSummary> onTheEmail =
        Comparator.comparingInt(
            contact -> {
              int at =
                  contact.email() == null
                      ? -1
                      : addresses.indexOf(contact.email().toLowerCase(Locale.ROOT));
              return at < 0 ? Integer.MAX_VALUE : at;
            });
    return contacts.liveSummaries(interaction.contactIds()).stream()
        .sorted(
            onTheEmail.thenComparing(
                ContactSummary::displayName, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(contact -> new FiledOn(contact.id(), contact.displayName()))
        .toList();
  }
}
