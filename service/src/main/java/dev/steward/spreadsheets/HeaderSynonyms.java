package dev.steward.spreadsheets;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Header names Steward recognises: everyday synonyms plus the full header sets of Outlook's contacts CSV export,
 * Google Contacts CSV (old and new), HubSpot's contact export and Salesforce's contact report and API field names.
 * Headers are compared lower-cased with everything but letters and digits removed ("E-mail 2 Address" →
 * "email2address"). Columns these exports hold that a contact has no field for (birthday, web page, gender, ...) are
 * not listed and so come up as unrecognised, to be ignored or mapped to a custom field.
 */
final class HeaderSynonyms {

  /** A recognised header: the field, and how primary it is among columns of the same field (lower first). */
  record Match(ImportField field, int rank) {}

  private static final Map<String, Match> SYNONYMS = new HashMap<>();

  static {
    add(ImportField.FIRST_NAME, "first name", "firstname", "given name", "first", "forename", "prenom", "vorname");
    add(ImportField.MIDDLE_NAME, "middle name", "additional name", "middlename");
    add(ImportField.LAST_NAME, "last name", "lastname", "family name", "surname", "last", "nom", "nachname");
    add(ImportField.FULL_NAME, "name", "full name", "fullname", "contact name", "contact", "display name",
        "file as");
    add(ImportField.NAME_PREFIX, "title", "salutation", "name prefix", "prefix");
    add(ImportField.NAME_SUFFIX, "suffix", "name suffix");
    add(ImportField.COMPANY_NAME, "company", "company name", "organization", "organisation", "organization name",
        "organization 1 - name", "account name", "account", "associated company", "business name", "firm", "firma", "employer",
        "companyname", "accountid");
    add(ImportField.JOB_TITLE, "job title", "jobtitle", "organization title", "organization 1 - title", "position",
        "role", "occupation", "profession");
    add(ImportField.EMAIL, "email", "e-mail", "email address", "e-mail address", "e-mail 1 - value", "email 1",
        "primary email", "work email", "mail", "emailaddress", "email1address");
    add(ImportField.EMAIL, "e-mail 2 address", "e-mail 3 address", "e-mail 2 - value", "e-mail 3 - value",
        "e-mail 4 - value", "email 2", "email 3", "other email", "personal email", "secondary email",
        "additional email addresses", "email2address", "email3address");
    add(ImportField.PHONE, "primary phone", "phone", "phone number", "telephone", "tel", "phone 1 - value",
        "business phone", "work phone", "company main phone", "mobile phone", "mobile", "mobile phone number",
        "cell", "cell phone", "mobilephone", "telefon", "handy", "mobil", "home phone", "phone 2 - value", "phone 3 - value", "phone 4 - value",
        "business phone 2", "home phone 2", "other phone", "car phone", "assistant's phone", "callback",
        "radio phone", "isdn", "tty/tdd phone", "assistantphone", "homephone", "otherphone", "businessphone");
    add(ImportField.ADDRESS_LINE1, "address", "street", "street address", "address line 1", "address 1",
        "business street", "home street", "other street", "mailing street", "address 1 - street",
        "mailingstreet", "billing street", "address1", "straße", "strasse", "adresse");
    add(ImportField.ADDRESS_LINE2, "address line 2", "address 2", "business street 2", "home street 2",
        "other street 2", "address 1 - extended address", "street 2", "address2");
    add(ImportField.CITY, "city", "town", "business city", "home city", "other city", "mailing city",
        "address 1 - city", "mailingcity", "billing city", "ort", "stadt", "ville");
    add(ImportField.REGION, "state", "region", "province", "county", "state/region", "state/province",
        "business state", "home state", "other state", "mailing state/province", "mailing state",
        "address 1 - region", "mailingstate", "billing state/province");
    add(ImportField.POSTAL_CODE, "postal code", "postcode", "zip", "zip code", "zipcode", "business postal code",
        "home postal code", "other postal code", "mailing zip/postal code", "mailing postal code",
        "address 1 - postal code", "mailingpostalcode", "billing zip/postal code", "postalcode", "plz",
        "code postal");
    add(ImportField.COUNTRY, "country", "country/region", "business country", "business country/region",
        "home country", "home country/region", "other country", "other country/region", "mailing country",
        "address 1 - country", "mailingcountry", "billing country", "land", "pays");
    add(ImportField.NOTES, "notes", "note", "comments", "comment", "description", "remarks");
    add(ImportField.TAGS, "tags", "tag", "labels", "categories", "group membership", "groups");
    add(ImportField.TYPE, "type", "contact type", "kind");
    add(ImportField.STEWARD_ID, "steward id", "stewardid");
  }

  private HeaderSynonyms() {}

  private static void add(ImportField field, String... headers) {
    for (String header : headers) {
      // The first listing of a header wins, and its position within its field is its rank.
      // Only the relative order within one field matters, and the order of listing gives it.
      SYNONYMS.putIfAbsent(normalise(header), new Match(field, SYNONYMS.size()));
    }
  }

  /** What a header is recognised as, or null. */
  static Match match(String header) {
    return header == null ? null : SYNONYMS.get(normalise(header));
  }

  /** The detected mapping of a header row; blank headers become "Column C" and are ignored. */
  static List<ColumnMapping> detect(List<String> header) {
    var normalised = header.stream().map(HeaderSynonyms::normalise).toList();
    // "Title" is a salutation in Outlook's export (which also has "Job Title") but the job title in Salesforce's
    // (which has "Salutation" for Mr/Ms).
    boolean titleIsJob = normalised.contains("salutation") && !normalised.contains("jobtitle");
    var mappings = new java.util.ArrayList<ColumnMapping>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      var match = titleIsJob && normalised.get(i).equals("title")
          ? new Match(ImportField.JOB_TITLE, 0) : match(name);
      mappings.add(new ColumnMapping(i, name, match == null ? ImportField.IGNORE : match.field(), null,
          match != null));
    }
    return mappings;
  }

  /** Header cells as shown to the user: blank or merged-away cells are named by their column letter. */
  static List<String> headerNames(List<String> cells) {
    var names = new java.util.ArrayList<String>();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i) == null ? "" : cells.get(i).strip();
      names.add(cell.isEmpty() ? "Column " + columnLetter(i) : cell);
    }
    return names;
  }

  static String columnLetter(int index) {
    var letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  static String normalise(String header) {
    String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
