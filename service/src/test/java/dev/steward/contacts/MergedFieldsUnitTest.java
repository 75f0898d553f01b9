package dev.steward.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergedFieldsUnitTest {

  private static ContactFields person(
      String first,
      String email,
      String phone,
      String city,
      Map<String, Object> custom,
      List<OtherEmail> otherEmails) {
    return new ContactFields(
        ContactType.INDIVIDUAL,
        first,
        "Lovelace",
        null,
        null,
        email,
        phone,
        null,
        null,
        city,
        null,
        null,
        null,
        null,
        custom,
        otherEmails,
        List.of());
  }

  @Test
  void fillsTheSurvivorsGapsAndTakesTheChosenSideWhereBothDiffer() {
    var survivor =
        person("Ada", "ada@work.example", null, "London", Map.of("risk", "low"), List.of());
    var duplicate =
        person(
            "ada",
            "ada@home.example",
            "+442079460001",
            "Cambridge",
            Map.of("risk", "high", "review", "2026-01-01"),
            List.of(
                new OtherEmail("ADA@WORK.example", "work"), new OtherEmail("a@b.example", "home")));

    assertThat(MergedFields.conflicts(survivor, duplicate))
        .containsExactly("email", "city", "customFields.risk");

    var merged =
        MergedFields.of(
            survivor,
            duplicate,
            Map.of("city", MergeSide.DUPLICATE, "customFields.risk", MergeSide.DUPLICATE));
    assertThat(merged.firstName()).isEqualTo("Ada");
    assertThat(merged.city()).isEqualTo("Cambridge");
    assertThat(merged.phone()).isEqualTo("+442079460001");
    assertThat(merged.customFields())
        .containsEntry("risk", "high")
        .containsEntry("review", "2026-01-01");
    assertThat(merged.email()).isEqualTo("ada@work.example");
    // Every address kept once, case aside, never the primary one among the others.
    assertThat(merged.otherEmails())
        .extracting(OtherEmail::address)
        .containsExactly("ada@home.example", "a@b.example");
  }

  @Test
  void aChosenPrimaryEmailLeavesTheOtherAmongTheOthers() {
    var survivor = person("Ada", "ada@work.example", null, null, Map.of(), List.of());
    var duplicate = person("Ada", "ada@home.example", null, null, Map.of(), List.of());
    var merged = MergedFields.of(survivor, duplicate, Map.of("email", MergeSide.DUPLICATE));
    assertThat(merged.email()).isEqualTo("ada@home.example");
    assertThat(merged.otherEmails()).containsExactly(new OtherEmail("ada@work.example", "other"));
  }
}
