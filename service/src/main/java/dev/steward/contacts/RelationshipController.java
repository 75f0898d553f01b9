package dev.steward.contacts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts/{id}/relationships")
@Tag(name = "Relationships")
class RelationshipController {

  private final Relationships relationships;

  RelationshipController(Relationships relationships) {
    this.relationships = relationships;
  }

  @GetMapping
  @Operation(
      summary =
          "The contact's relationships from both sides, each with the label read from this contact")
  List<RelationshipView> list(@PathVariable UUID id) {
    return relationships.of(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RelationshipView create(@PathVariable UUID id, @Valid @RequestBody RelationshipRequest request) {
    return relationships.create(id, request, null);
  }

  @DeleteMapping("/{relationshipId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable UUID id, @PathVariable UUID relationshipId) {
    relationships.delete(id, relationshipId);
  }
}
