package dev.steward.spreadsheets.read;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.Telephone;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads a vCard file (2.1, 3.0 or 4.0; many cards; quoted-printable and folded lines) with
 * ez-vcard, card by card, as the rows of a sheet whose header names the columns as an Outlook
 * export does ("E-mail 2 Address", "Home Phone", "Business Street", ...), so that vCards take the
 * same mapping, preview, policy, undo and rejected-rows path as any sheet. Values a row has no
 * column for (a fourth email, a second mobile) are kept in its notes.
 */
final class VcfSheetReader {

  static final List<String> HEADER =
      List.of(
          "Full Name",
          "Title",
          "First Name",
          "Middle Name",
          "Last Name",
          "Suffix",
          "Company",
          "Job Title",
          "E-mail Address",
          "E-mail 2 Address",
          "E-mail 3 Address",
          "Primary Phone",
          "Mobile Phone",
          "Business Phone",
          "Home Phone",
          "Other Phone",
          "Business Street",
          "Business Street 2",
          "Business City",
          "Business State",
          "Business Postal Code",
          "Business Country/Region",
          "Home Street",
          "Home Street 2",
          "Home City",
          "Home State",
          "Home Postal Code",
          "Home Country/Region",
          "Categories",
          "Notes");

  private static final int EMAILS = 8;
  private static final int PRIMARY_PHONE = 11;
  private static final int PHONES = 12;
  private static final int WORK_ADDRESS = 16;
  private static final int HOME_ADDRESS = 22;
  private static final int CATEGORIES = 28;
  private static final int NOTES = 29;

  private VcfSheetReader() {}

  static TextEncoding read(Path file, RowSink sink, ReadBudget budget, String encoding)
      throws IOException {
    var limits = budget.limits();
    boolean chosen = encoding != null && !encoding.isBlank();
    var text =
        chosen
            ? TextEncoding.chosen(file, TextEncoding.named(encoding))
            : withQuotedPrintable(file, TextEncoding.detect(file));
    emit(sink, budget, 1, HEADER);
    int rowNumber = 1;
    try (var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      in.skipNBytes(text.bomLength());
      try (var reader = new VCardReader(new InputStreamReader(in, text.charset()))) {
        reader.setDefaultQuotedPrintableCharset(text.charset());
        for (VCard card; (card = reader.readNext()) != null; ) {
          rowNumber++;
          limits.checkRow(rowNumber);
          budget.checkTime();
          emit(sink, budget, rowNumber, row(card));
        }
      }
    }
    return text;
  }

  /**
   * A vCard 2.1 often holds quoted-printable values without a CHARSET parameter (The Bat!, older
   * phones): their bytes are in the writer's code page, which an ASCII file does not show. When
   * those bytes are not text in the file's charset and the rest of the file is ASCII, the file is
   * read in the charset they look most like, and the preview says so, so that the user can pick
   * another rather than get U+FFFD in names.
   */
  private static TextEncoding withQuotedPrintable(Path file, TextEncoding text) throws IOException {
    byte[] bytes = QuotedPrintableBytes.withoutCharset(file, text);
    if (bytes.length == 0
        || ByteScan.of(bytes).sampleDecodesCleanly(text.charset())
        || !CharsetMarks.decodesCleanly(file, text.bomLength(), StandardCharsets.US_ASCII)) {
      return text;
    }
    var charset = TextEncoding.ofBytes(bytes);
    return new TextEncoding(
        charset,
        text.bomLength(),
        true,
        "The cards' quoted-printable values name no encoding; they were read as "
            + charset.name()
            + ". If names look wrong, pick the encoding the cards were written in.");
  }

  private static void emit(RowSink sink, ReadBudget budget, int rowNumber, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      budget.cell(rowNumber, i, cells.get(i).length());
    }
    budget.endRow();
    sink.row(rowNumber, cells);
  }

  static List<String> row(VCard card) {
    String[] cells = new String[HEADER.size()];
    Arrays.fill(cells, "");
    var notes = new ArrayList<String>();
    if (card.getFormattedName() != null) {
      cells[0] = text(card.getFormattedName().getValue());
    }
    var name = card.getStructuredName();
    if (name != null) {
      cells[1] = String.join(" ", name.getPrefixes());
      cells[2] = text(name.getGiven());
      cells[3] = String.join(" ", name.getAdditionalNames());
      cells[4] = text(name.getFamily());
      cells[5] = String.join(" ", name.getSuffixes());
    }
    if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
      cells[6] = text(card.getOrganization().getValues().get(0));
    }
    // A company's card (Apple's "show as company", Outlook's) has no name of a person and the
    // company as its formatted name: it is a company, not a person called "Apple Computer AG".
    if (cells[2].isEmpty() && cells[4].isEmpty() && cells[0].equalsIgnoreCase(cells[6])) {
      cells[0] = "";
    }
    if (!card.getTitles().isEmpty()) {
      cells[7] = text(card.getTitles().get(0).getValue());
    }
    emails(card, cells, notes);
    phones(card, cells, notes);
    addresses(card, cells, notes);
    if (card.getCategories() != null) {
      cells[CATEGORIES] = String.join(", ", card.getCategories().getValues());
    }
    card.getNotes().forEach(note -> notes.add(0, text(note.getValue())));
    cells[NOTES] = String.join("\n", notes.stream().filter(n -> !n.isBlank()).toList());
    return Arrays.asList(cells);
  }

  /** The preferred address first, then in the card's order; past three, into the notes. */
  private static void emails(VCard card, String[] cells, List<String> notes) {
    var emails = new ArrayList<>(card.getEmails());
    emails.sort(
        (a, b) ->
            Boolean.compare(
                preferred(b.getTypes().contains(EmailType.PREF), b.getPref()),
                preferred(a.getTypes().contains(EmailType.PREF), a.getPref())));
    int next = 0;
    for (Email email : emails) {
      String value = text(email.getValue());
      if (value.isBlank()) {
        continue;
      }
      if (next < 3) {
        cells[EMAILS + next++] = value;
      } else {
        notes.add("Email: " + value);
      }
    }
  }

  private static boolean preferred(boolean typed, Integer pref) {
    return typed || (pref != null && pref == 1);
  }

  /**
   * Each phone in the column of its kind (mobile, work, home, other); a second of a kind goes to
   * the notes. The first phone the card prefers (PREF) is the primary one, whatever its kind. Fax
   * and pager numbers are not phones to call (a sheet's fax and pager columns are not imported as
   * phones either): they go to the notes under their own name.
   */
  private static void phones(VCard card, String[] cells, List<String> notes) {
    for (Telephone phone : card.getTelephoneNumbers()) {
      String value =
          phone.getText() != null
              ? phone.getText()
              : phone.getUri() == null ? "" : phone.getUri().getNumber();
      if (value.isBlank()) {
        continue;
      }
      Set<TelephoneType> types = Set.copyOf(phone.getTypes());
      if (types.contains(TelephoneType.FAX) || types.contains(TelephoneType.PAGER)) {
        notes.add((types.contains(TelephoneType.FAX) ? "Fax: " : "Pager: ") + value);
        continue;
      }
      if (cells[PRIMARY_PHONE].isEmpty()
          && preferred(types.contains(TelephoneType.PREF), phone.getPref())) {
        cells[PRIMARY_PHONE] = value;
        continue;
      }
      int column =
          types.contains(TelephoneType.CELL)
              ? PHONES
              : types.contains(TelephoneType.WORK)
                  ? PHONES + 1
                  : types.contains(TelephoneType.HOME) ? PHONES + 2 : PHONES + 3;
      if (cells[column].isEmpty()) {
        cells[column] = value;
      } else {
        notes.add(HEADER.get(column) + ": " + value);
      }
    }
  }

  /**
   * The work address in the Business columns and the home one in the Home columns (an untyped one
   * where there is room); a third into the notes. The extended address (suite, building) and the
   * post office box go to the second street line, or to the first when the card has no street, as
   * Google writes whole addresses into the extended address.
   */
  private static void addresses(VCard card, String[] cells, List<String> notes) {
    for (Address address : card.getAddresses()) {
      String street = text(address.getStreetAddress());
      String street2 = joined(", ", text(address.getExtendedAddress()), text(address.getPoBox()));
      if (street.isEmpty()) {
        street = street2;
        street2 = "";
      }
      List<String> parts =
          List.of(
              street,
              street2,
              text(address.getLocality()),
              text(address.getRegion()),
              text(address.getPostalCode()),
              text(address.getCountry()));
      int start = address.getTypes().contains(AddressType.WORK) ? WORK_ADDRESS : HOME_ADDRESS;
      if (filled(cells, start)) {
        start = start == WORK_ADDRESS ? HOME_ADDRESS : WORK_ADDRESS;
      }
      if (filled(cells, start)) {
        notes.add("Address: " + joined(", ", parts.toArray(String[]::new)));
        continue;
      }
      for (int i = 0; i < parts.size(); i++) {
        cells[start + i] = parts.get(i);
      }
    }
  }

  private static boolean filled(String[] cells, int start) {
    for (int i = start; i < start + 6; i++) {
      if (!cells[i].isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String joined(String separator, String... parts) {
    return String.join(separator, Arrays.stream(parts).filter(part -> !part.isBlank()).toList());
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
