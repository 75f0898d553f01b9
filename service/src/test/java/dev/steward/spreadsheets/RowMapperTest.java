package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.contacts.PhoneNumbers;
import dev.steward.tenancy.Tenants;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowMapperTest {

  private static PhoneNumbers phones() throws Exception {
    Constructor<PhoneNumbers> constructor =
        PhoneNumbers.class.getDeclaredConstructor(String.class, Tenants.class);
    constructor.setAccessible(true);
    return constructor.newInstance("US", null);
  }

  private StagedRow map(List<String> header, List<String> cells) throws Exception {
    return new RowMapper(HeaderSynonyms.detect(header), Map.of(), phones()).map(2, cells);
  }

  @Test
  void splitsFullNamesInBothOrdersAndDropsTitles() {
    assertThat(PersonNames.splitName("Ada Lovelace")).containsExactly("Ada", "Lovelace");
    assertThat(PersonNames.splitName("Lovelace, Ada")).containsExactly("Ada", "Lovelace");
    assertThat(PersonNames.splitName("Dr. Martin Luther King Jr."))
        .containsExactly("Martin Luther", "King Jr.");
    assertThat(PersonNames.splitName("Cher")).containsExactly("Cher", null);
  }

  @Test
  void infersBusinessFromACompanyOnlyRowAndEstateFromItsName() throws Exception {
    var header = List.of("Name", "Company", "Email");
    assertThat(map(header, List.of("", "Northwind Traders", "")).type()).isEqualTo("business");
    var estate = map(header, List.of("Estate of Jane Doe", "", ""));
    assertThat(estate.type()).isEqualTo("estate");
    assertThat(estate.companyName()).isEqualTo("Estate of Jane Doe");
    assertThat(map(header, List.of("Jane Doe", "Northwind Traders", "")).type())
        .isEqualTo("individual");
  }

  @Test
  void keepsThePrimaryEmailAndPhoneInTheirFieldsAndTheOthersWithTheirLabels() throws Exception {
    var row =
        map(
            List.of(
                "First Name",
                "Home Phone",
                "Primary Phone",
                "E-mail Address",
                "E-mail 2 Address",
                "Notes"),
            List.of(
                "Ada",
                "(202) 555-0143",
                "+44 20 7946 0958",
                "Ada@Example.com",
                "ada@home.example",
                "Likes maths"));

    assertThat(row.phone()).isEqualTo("+442079460958");
    assertThat(row.email()).isEqualTo("ada@example.com");
    assertThat(row.notes()).isEqualTo("Likes maths");
    assertThat(row.otherEmails())
        .containsExactly(new StagedRow.Labelled("ada@home.example", "other"));
    assertThat(row.otherPhones()).containsExactly(new StagedRow.Labelled("+12025550143", "home"));
    assertThat(row.matchKey()).isEqualTo("e:ada@example.com");
  }

  @Test
  void takesEachEmailsAndPhonesKindFromTheColumnBesideItAsGoogleWritesIt() throws Exception {
    var header =
        List.of(
            "Given Name",
            "E-mail 1 - Type",
            "E-mail 1 - Value",
            "E-mail 2 - Type",
            "E-mail 2 - Value",
            "E-mail 3 - Type",
            "E-mail 3 - Value",
            "Phone 1 - Type",
            "Phone 1 - Value",
            "Phone 2 - Type",
            "Phone 2 - Value",
            "Phone 3 - Type",
            "Phone 3 - Value");
    var row =
        map(
            header,
            List.of(
                "Ada",
                "* Work",
                "ada@work.example",
                "Home",
                "ada@home.example",
                "Book club",
                "ada@club.example",
                "Work",
                "+44 20 7946 0958",
                "Mobile",
                "+44 7911 123456",
                "",
                "+44 20 7946 0000"));

    assertThat(row.email()).isEqualTo("ada@work.example");
    assertThat(row.otherEmails())
        .containsExactly(
            new StagedRow.Labelled("ada@home.example", "home"),
            new StagedRow.Labelled("ada@club.example", "other"));
    assertThat(row.phone()).isEqualTo("+442079460958");
    assertThat(row.otherPhones())
        .containsExactly(
            new StagedRow.Labelled("+447911123456", "mobile"),
            new StagedRow.Labelled("+442079460000", "other"));
  }

  @Test
  void keepsNumbersWhoseKindIsAFaxOrAPagerInTheNotesNotAmongThePhones() throws Exception {
    var header =
        List.of(
            "Given Name",
            "Notes",
            "Phone 1 - Type",
            "Phone 1 - Value",
            "Phone 2 - Type",
            "Phone 2 - Value",
            "Phone 3 - Type",
            "Phone 3 - Value");
    var row =
        map(
            header,
            List.of(
                "Ada",
                "Met in Leeds",
                "Pager",
                "+44 20 7946 0001",
                "Work Fax",
                "+44 20 7946 0002",
                "Work",
                "+44 20 7946 0958"));

    assertThat(row.phone()).isEqualTo("+442079460958");
    assertThat(row.otherPhones()).isEmpty();
    assertThat(row.notes())
        .isEqualTo("Met in Leeds\nPager: +44 20 7946 0001\nWork Fax: +44 20 7946 0002");
  }

  @Test
  void saysWhichColumnAKindColumnDescribes() {
    var described =
        Notes.describe(
            HeaderSynonyms.detect(List.of("Name", "E-mail 1 - Label", "E-mail 1 - Value")));

    assertThat(described.get(1).field()).isEqualTo(ImportField.IGNORE);
    assertThat(described.get(1).note())
        .isEqualTo("says what kind of value 'E-mail 1 - Value' is (work, home, mobile, other)");
  }

  @Test
  void readsSeveralValuesInOneCellWithTheLabelsWrittenAfterThem() throws Exception {
    var row =
        map(
            List.of("Name", "Email", "Other Emails", "Phone", "Other Phones"),
            List.of(
                "Ada Lovelace",
                "ada@example.com",
                "ada@home.example (home); ada@work.example (work) ::: ada@example.com",
                "+44 20 7946 0958",
                "+1 202 555 0143 (mobile); pager"));

    assertThat(row.otherEmails())
        .containsExactly(
            new StagedRow.Labelled("ada@home.example", "home"),
            new StagedRow.Labelled("ada@work.example", "work"));
    assertThat(row.otherPhones()).containsExactly(new StagedRow.Labelled("+12025550143", "mobile"));
    assertThat(row.notes()).isEqualTo("Other phones: pager");
    assertThat(StagedRow.lines(row.warnings())).contains("'pager' is not a valid phone number");
    assertThat(row.valid()).isTrue();
  }

  @Test
  void keepsACrmRecordIdAsTheExternalId() throws Exception {
    var row =
        map(
            List.of("Contact ID", "First Name", "Email"),
            List.of("003dN00000QkZ9aQAF", "Hedy", "hedy@hopping.example"));

    assertThat(row.externalId()).isEqualTo("003dN00000QkZ9aQAF");
  }

  @Test
  void matchesWithoutEmailOnTheNormalisedNameAndPhone() throws Exception {
    var row =
        map(
            List.of("First Name", "Last Name", "Phone"),
            List.of(" Ada ", "LOVELACE", "202-555-0143"));
    assertThat(row.matchKey()).isEqualTo("n:ada lovelace|+12025550143");
  }

  @Test
  void readsTitleAsTheJobInSalesforceExportsAndAsASalutationInOutlookOnes() {
    assertThat(HeaderSynonyms.detect(List.of("Salutation", "Title")).get(1).field())
        .isEqualTo(ImportField.JOB_TITLE);
    assertThat(HeaderSynonyms.detect(List.of("Title", "Job Title")).get(0).field())
        .isEqualTo(ImportField.NAME_PREFIX);
  }

  @Test
  void rejectsABadEmailButKeepsAnUnparseablePhoneAsWrittenWithAWarning() throws Exception {
    var row = map(List.of("First Name", "Email", "Phone"), List.of("Bob", "bob@@example", "12"));
    assertThat(row.reason()).isEqualTo("email: is not a valid email address");
    assertThat(row.phone()).isEqualTo("12");
    assertThat(StagedRow.lines(row.warnings()))
        .isEqualTo(
            "phone: not a valid phone number (read as a number of US);" + " kept as written");
  }

  @Test
  void anInvalidNumberWrittenWithItsCountryCodeIsNotSaidToBeReadInTheFirmsRegion()
      throws Exception {
    var row =
        map(
            List.of("First Name", "Email", "Mobile"),
            List.of("Ottoline", "ottoline@example.org", "+44 7911 654321"));
    assertThat(row.phone()).isEqualTo("+44 7911 654321");
    assertThat(StagedRow.lines(row.warnings()))
        .isEqualTo("phone: not a valid phone number; kept as written");
  }

  @Test
  void aPhoneThatDoesNotParseNeverSinksTheRow() throws Exception {
    for (String phone : List.of("0113 496 0000", "555-", "pager", "442079460958")) {
      var row =
          map(List.of("First Name", "Email", "Phone"), List.of("Ann", "ann@example.org", phone));
      assertThat(row.valid()).as(phone).isTrue();
      assertThat(row.phone()).as(phone).isEqualTo(phone);
      assertThat(row.warnings())
          .as(phone)
          .singleElement()
          .satisfies(w -> assertThat(w.message()).startsWith("not a valid phone number"));
    }
  }

  @Test
  void readsPhonesInTheFirmsRegionUnlessTheRowsCountrySaysOtherwise() throws Exception {
    var header = List.of("First Name", "Phone", "Country");
    var gb = new RowMapper(HeaderSynonyms.detect(header), Map.of(), phones(), "GB");
    assertThat(gb.map(2, List.of("Ann", "0113 496 0000", "")).phone()).isEqualTo("+441134960000");
    assertThat(gb.map(3, List.of("Ann", "030 1234567", "Deutschland")).phone())
        .isEqualTo("+49301234567");
    assertThat(gb.map(4, List.of("Ann", "(202) 555-0143", "United States")).phone())
        .isEqualTo("+12025550143");
    assertThat(gb.map(5, List.of("Ann", "0113 496 0000", "Royaume-Uni")).warnings()).isEmpty();
  }

  @Test
  void placeholdersImportAsBlanks() throws Exception {
    var row =
        map(
            List.of("First Name", "Last Name", "Company", "Email", "Birthday"),
            List.of("Ann", "N/A", "NULL", "-", "0.0.00"));
    assertThat(row.lastName()).isNull();
    assertThat(row.companyName()).isNull();
    assertThat(row.email()).isNull();
    assertThat(row.valid()).isTrue();
  }
}
