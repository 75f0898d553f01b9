package dev.steward.contacts;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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
@RequestMapping("/api/custom-fields")
@Tag(name = "Contacts")
class CustomFieldController {

  private final CustomFieldDefinitions definitions;

  CustomFieldController(CustomFieldDefinitions definitions) {
    this.definitions = definitions;
  }

  @GetMapping
  List<CustomFieldDefinition> list() {
    return definitions.all();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CustomFieldDefinition create(@Valid @RequestBody CustomFieldDefinition definition) {
    return definitions.create(definition);
  }

  @DeleteMapping("/{key}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String key) {
    definitions.delete(key);
  }
}
