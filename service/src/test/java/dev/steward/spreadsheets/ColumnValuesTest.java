package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The values decide: a header that says one thing while its values say another is not believed. */
class ColumnValuesTest {

  private static List<ColumnMapping> check(List<String> header, List<List<String>> samples) {
    return ColumnValues.check(HeaderSynonyms.detect(header), samples);
  }

  @Test
  void aContactTypeColumnOfLeadsAndCustomersIsLeftOutWithItsReason() {
    var mapping =
        check(
            List.of("Name", "Contact Type"),
            List.of(
                List.of("Ada Lovelace", "Lead"),
                List.of("Alan Turing", "Customer"),
                List.of("Grace Hopper", "Lead")));

    assertThat(mapping.get(1).field()).isEqualTo(ImportField.IGNORE);
    assertThat(mapping.get(1).note()).startsWith("values don't look like contact types");
  }

  @Test
  void aContactTypeColumnOfRealTypesStays() {
    var mapping =
        check(
            List.of("Name", "Type"),
            List.of(
                List.of("Ada", "Individual"),
                List.of("Acme", "Business"),
                List.of("Estate of X", "estate")));
    assertThat(mapping.get(1).field()).isEqualTo(ImportField.TYPE);
    assertThat(mapping.get(1).note()).isNull();
  }

  @Test
  void aCompanyColumnOfSalesforceIdsIsNotTheCompany() {
    var mapping =
        check(
            List.of("First Name", "Company"),
            List.of(
                List.of("Ada", "001dN00000AbCdEQAV"),
                List.of("Alan", "001dN00000XyZaBQAV"),
                List.of("Grace", "001dN00000QwErTQAV")));
    assertThat(mapping.get(1).field()).isEqualTo(ImportField.IGNORE);
    assertThat(mapping.get(1).note()).contains("record ids");
  }

  @Test
  void anEmailColumnWithoutAddressesIsLeftOutButOneWithATypoStays() {
    assertThat(
            check(List.of("Email"), List.of(List.of("yes"), List.of("no"), List.of("yes")))
                .get(0)
                .field())
        .isEqualTo(ImportField.IGNORE);
    assertThat(
            check(
                    List.of("Email"),
                    List.of(
                        List.of("bob@@example"),
                        List.of("ann@example.org"),
                        List.of("cy@example.org")))
                .get(0)
                .field())
        .isEqualTo(ImportField.EMAIL);
    assertThat(check(List.of("Email"), List.of(List.of("yes"), List.of("no"))).get(0).field())
        .as("two values say too little")
        .isEqualTo(ImportField.EMAIL);
  }

  @Test
  void aPhoneColumnOfWordsIsLeftOutButPlaceholdersDoNotCount() {
    assertThat(
            check(List.of("Phone"), List.of(List.of("yes"), List.of("no"), List.of("maybe")))
                .get(0)
                .field())
        .isEqualTo(ImportField.IGNORE);
    assertThat(
            check(List.of("Phone"), List.of(List.of("N/A"), List.of("-"), List.of("0113 496 0000")))
                .get(0)
                .field())
        .isEqualTo(ImportField.PHONE);
  }

  @Test
  void theSecondEmailColumnSaysItIsKeptAsAnotherEmail() {
    var mapping =
        check(
            List.of("E-mail Address", "E-mail 2 Address"), List.of(List.of("a@x.org", "b@y.org")));
    assertThat(mapping.get(0).note()).isNull();
    assertThat(mapping.get(1).note()).contains("kept as another email (other)");
    assertThat(mapping.get(1).label()).isEqualTo("other");
  }

  @Test
  void aRecordIdColumnOfSentencesIsLeftOut() {
    var mapping =
        check(
            List.of("First Name", "Record ID"),
            List.of(
                List.of("Ada", "see the old system"),
                List.of("Bea", "not known yet"),
                List.of("Cy", "ask Tom")));
    assertThat(mapping.get(1).field()).isEqualTo(ImportField.IGNORE);
    assertThat(mapping.get(1).note()).isEqualTo("values don't look like record ids");
  }
}
