package dev.steward.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.platform.FieldProblem;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContactRulesUnitTest {

  @Test
  void theApiRequestBoundsEachFieldAsTheRulesSay() {
    // Bean validation's @Size lands on the record's fields, not on its components.
    Map<String, Integer> requestBounds =
        Arrays.stream(ContactRequest.class.getDeclaredFields())
            .filter(field -> field.getType() == String.class)
            .filter(field -> field.getAnnotation(Size.class) != null)
            .collect(
                Collectors.toMap(Field::getName, field -> field.getAnnotation(Size.class).max()));
    assertThat(requestBounds).isEqualTo(ContactRules.MAX_LENGTHS);
  }

  @Test
  void keepsAValidEmailInLowerCaseAndRefusesAMalformedOne() {
    assertThat(ContactRules.email("Ada.Lovelace@Example.ORG")).contains("ada.lovelace@example.org");
    assertThat(ContactRules.email("ada..lovelace@example.org")).isEmpty();
    assertThat(ContactRules.email("ada@localhost")).isEmpty();
    assertThat(ContactRules.email("not an email")).isEmpty();
  }

  @Test
  void eachTypeNeedsItsOwnName() {
    assertThat(ContactRules.missingName(ContactType.INDIVIDUAL, null, "Lovelace", null)).isEmpty();
    assertThat(ContactRules.missingName(ContactType.INDIVIDUAL, null, null, "Acme"))
        .contains(new FieldProblem("firstName", "an individual needs a first or a last name"));
    assertThat(ContactRules.missingName(ContactType.BUSINESS, "Ada", null, null))
        .contains(new FieldProblem("companyName", "a business needs its company name"));
    assertThat(ContactRules.missingName(ContactType.ESTATE, null, null, "Estate of Jane Doe"))
        .isEmpty();
  }
}
