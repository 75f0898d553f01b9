package dev.steward.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Interactions")
class InteractionController {

  private final Interactions interactions;

  InteractionController(Interactions interactions) {
    this.interactions = interactions;
  }

  @PostMapping("/api/interactions")
  @Operation(summary = "File an email, call, letter or note on contacts; an email is filed once per Internet message id")
  ResponseEntity<InteractionView> file(@Valid @RequestBody InteractionRequest request) {
    var filed = interactions.file(request);
    return filed.created()
        ? ResponseEntity.created(URI.create("/api/interactions/" + filed.interaction().id())).body(filed.interaction())
        : ResponseEntity.ok(filed.interaction());
  }
}
