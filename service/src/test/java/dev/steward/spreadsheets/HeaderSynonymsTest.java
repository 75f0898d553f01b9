package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each source tool's export header (in each language it ships in) maps its name, company, email,
 * phone and address columns; several email and phone columns keep their labels for the day a
 * contact holds several.
 */
class HeaderSynonymsTest {

  static Stream<Arguments> exports() {
    return Stream.of(
        Arguments.of(
            "Outlook en",
            row(
                "First Name",
                "firstName",
                "Last Name",
                "lastName",
                "Company",
                "companyName",
                "Job Title",
                "jobTitle",
                "Business Street",
                "addressLine1",
                "Business City",
                "city",
                "Business Postal Code",
                "postalCode",
                "Business Country/Region",
                "country",
                "Business Phone",
                "phone",
                "Mobile Phone",
                "phone",
                "E-mail Address",
                "email",
                "E-mail 2 Address",
                "email",
                "Categories",
                "tags",
                "Notes",
                "notes")),
        Arguments.of(
            "Outlook de",
            row(
                "Vorname",
                "firstName",
                "Nachname",
                "lastName",
                "Firma",
                "companyName",
                "Position",
                "jobTitle",
                "Straße geschäftlich",
                "addressLine1",
                "Ort geschäftlich",
                "city",
                "Postleitzahl geschäftlich",
                "postalCode",
                "Land/Region geschäftlich",
                "country",
                "Telefon geschäftlich",
                "phone",
                "Mobiltelefon",
                "phone",
                "E-Mail-Adresse",
                "email",
                "E-Mail 2: Adresse",
                "email",
                "Kategorien",
                "tags",
                "Notizen",
                "notes",
                "Weitere Vornamen",
                "middleName",
                "Straße privat",
                "addressLine1")),
        Arguments.of(
            "Outlook fr",
            row(
                "Prénom",
                "firstName",
                "Nom",
                "lastName",
                "Société",
                "companyName",
                "Rue (bureau)",
                "addressLine1",
                "Ville (bureau)",
                "city",
                "Code postal (bureau)",
                "postalCode",
                "Pays/Région (bureau)",
                "country",
                "Téléphone (bureau)",
                "phone",
                "Tél. mobile",
                "phone",
                "Adresse de messagerie",
                "email",
                "Adresse de messagerie 2",
                "email",
                "Deuxième prénom",
                "middleName")),
        Arguments.of(
            "Outlook es",
            row(
                "Nombre",
                "firstName",
                "Apellidos",
                "lastName",
                "Organización",
                "companyName",
                "Calle del trabajo",
                "addressLine1",
                "Ciudad de trabajo",
                "city",
                "Código postal del trabajo",
                "postalCode",
                "País o región del trabajo",
                "country",
                "Teléfono del trabajo",
                "phone",
                "Particular",
                "phone",
                "Dirección del correo electrónico 3",
                "email",
                "Categorías",
                "tags")),
        Arguments.of(
            "Outlook it",
            row(
                "Nome",
                "firstName",
                "Cognome",
                "lastName",
                "Società",
                "companyName",
                "Via (uff.)",
                "addressLine1",
                "Città (ab.)",
                "city",
                "Paese (uff.)",
                "country",
                "Telefono principale",
                "phone",
                "Indirizzo posta elettronica",
                "email",
                "Indirizzo posta elettronica 3",
                "email")),
        Arguments.of(
            "Outlook nl",
            row(
                "Voornaam",
                "firstName",
                "Achternaam",
                "lastName",
                "Bedrijf",
                "companyName",
                "Functie",
                "jobTitle",
                "Werkadres, straat",
                "addressLine1",
                "Werkadres, plaats",
                "city",
                "Werkadres, postcode",
                "postalCode",
                "Telefoon op werk",
                "phone",
                "Mobiele telefoon",
                "phone",
                "E-mailadres",
                "email",
                "E-mailadres 2",
                "email")),
        Arguments.of(
            "Outlook pt",
            row(
                "Nome",
                "firstName",
                "Sobrenome",
                "lastName",
                "Empresa",
                "companyName",
                "Cargo",
                "jobTitle",
                "Rua do endereço comercial",
                "addressLine1",
                "Telefone comercial",
                "phone",
                "Celular",
                "phone",
                "Endereço de email",
                "email",
                "Endereço de email 2",
                "email")),
        Arguments.of(
            "Outlook pl",
            row(
                "Imię",
                "firstName",
                "Nazwisko",
                "lastName",
                "Firma",
                "companyName",
                "Stanowisko",
                "jobTitle",
                "Telefon służbowy",
                "phone",
                "Telefon komórkowy",
                "phone",
                "Adres e-mail",
                "email",
                "Adres e-mail 2",
                "email",
                "Kod pocztowy",
                "postalCode")),
        Arguments.of(
            "Outlook ru",
            row(
                "Имя",
                "firstName",
                "Отчество",
                "middleName",
                "Фамилия",
                "lastName",
                "Организация",
                "companyName",
                "Должность",
                "jobTitle",
                "Рабочий телефон",
                "phone",
                "Телефон переносной",
                "phone",
                "Адрес эл. почты",
                "email",
                "Адрес эл. почты 2",
                "email",
                "Улица (раб. адрес)",
                "addressLine1",
                "Город (раб. адрес)",
                "city")),
        Arguments.of(
            "Google (new)",
            row(
                "First Name",
                "firstName",
                "Middle Name",
                "middleName",
                "Last Name",
                "lastName",
                "Organization Name",
                "companyName",
                "Organization Title",
                "jobTitle",
                "Labels",
                "tags",
                "E-mail 1 - Value",
                "email",
                "E-mail 2 - Value",
                "email",
                "Phone 1 - Value",
                "phone",
                "Phone 2 - Value",
                "phone",
                "Address 1 - Street",
                "addressLine1",
                "Address 1 - City",
                "city",
                "Address 1 - Postal Code",
                "postalCode",
                "Address 1 - Country",
                "country")),
        Arguments.of(
            "Google (old)",
            row(
                "Name",
                "fullName",
                "Given Name",
                "firstName",
                "Family Name",
                "lastName",
                "Group Membership",
                "tags",
                "Organization 1 - Name",
                "companyName",
                "Organization 1 - Title",
                "jobTitle",
                "Phone 1 - Value",
                "phone",
                "Phone 7 - Value",
                "phone",
                "E-mail 5 - Value",
                "email")),
        Arguments.of(
            "Thunderbird",
            row(
                "First Name",
                "firstName",
                "Last Name",
                "lastName",
                "Display Name",
                "fullName",
                "Primary Email",
                "email",
                "Secondary Email",
                "email",
                "Work Phone",
                "phone",
                "Home Phone",
                "phone",
                "Mobile Number",
                "phone",
                "Home Address",
                "addressLine1",
                "Home City",
                "city",
                "Home ZipCode",
                "postalCode",
                "Work Address",
                "addressLine1",
                "Work ZipCode",
                "postalCode",
                "Organization",
                "companyName",
                "Job Title",
                "jobTitle",
                "Notes",
                "notes")),
        Arguments.of(
            "generic variants",
            row(
                "Email Home",
                "email",
                "Email Work",
                "email",
                "Email Other",
                "email",
                "Second Email",
                "email",
                "Mobile",
                "phone",
                "Cell",
                "phone",
                "Zip",
                "postalCode",
                "Post code",
                "postalCode",
                "Organisation",
                "companyName",
                "Forename",
                "firstName",
                "Surname",
                "lastName")),
        Arguments.of(
            "HubSpot",
            row(
                "First Name",
                "firstName",
                "Last Name",
                "lastName",
                "Email",
                "email",
                "Phone Number",
                "phone",
                "Mobile Phone Number",
                "phone",
                "Company Name",
                "companyName",
                "Street Address",
                "addressLine1",
                "State/Region",
                "region",
                "Country/Region",
                "country")),
        Arguments.of(
            "Salesforce",
            row(
                "Salutation",
                "namePrefix",
                "First Name",
                "firstName",
                "Last Name",
                "lastName",
                "Title",
                "jobTitle",
                "Account Name",
                "companyName",
                "Mailing Street",
                "addressLine1",
                "Mailing City",
                "city",
                "Mailing State/Province",
                "region",
                "Mailing Zip/Postal Code",
                "postalCode")),
        Arguments.of(
            "Zoho",
            row(
                "First Name",
                "firstName",
                "Last Name",
                "lastName",
                "Email",
                "email",
                "Secondary Email",
                "email",
                "Mobile",
                "phone",
                "Mailing Zip",
                "postalCode",
                "Description",
                "notes")),
        Arguments.of(
            "LinkedIn",
            row(
                "First Name",
                "firstName",
                "Last Name",
                "lastName",
                "Email Address",
                "email",
                "Company",
                "companyName",
                "Position",
                "jobTitle")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void mapsEachToolsHeaders(String tool, Map<String, String> expected) {
    var header = new ArrayList<>(expected.keySet());
    var mapping = HeaderSynonyms.detect(header);
    var actual = new LinkedHashMap<String, String>();
    for (var column : mapping) {
      actual.put(column.header(), column.field().value());
    }
    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void everyToolsHeaderRowIsFoundBelowAPreamble(String tool, Map<String, String> expected) {
    var rows =
        List.of(
            List.of("Exported contacts"), List.of("2024-03-01"), List.copyOf(expected.keySet()));
    assertThat(HeaderRow.choose(rows)).isEqualTo(2);
  }

  @org.junit.jupiter.api.Test
  void labelsSeveralEmailAndPhoneColumnsByWhoseTheyAre() {
    var mapping =
        HeaderSynonyms.detect(
            List.of(
                "Email Work",
                "Email Home",
                "E-mail 2 - Value",
                "Mobile Phone",
                "Home Phone",
                "Business Phone",
                "Primary Phone"));
    assertThat(mapping)
        .extracting(ColumnMapping::label)
        .containsExactly("work", "home", "other", "mobile", "home", "work", null);
  }

  @org.junit.jupiter.api.Test
  void frenchOutlooksSecondTitreIsTheJobTitle() {
    var mapping =
        HeaderSynonyms.detect(List.of("Titre", "Prénom", "Nom", "Société", "Service", "Titre"));
    assertThat(mapping.get(0).field()).isEqualTo(ImportField.NAME_PREFIX);
    assertThat(mapping.get(5).field()).isEqualTo(ImportField.JOB_TITLE);
  }

  private static Map<String, String> row(String... headerAndField) {
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i < headerAndField.length; i += 2) {
      map.put(headerAndField[i], headerAndField[i + 1]);
    }
    return map;
  }
}
