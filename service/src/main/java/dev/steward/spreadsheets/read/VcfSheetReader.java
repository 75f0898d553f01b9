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
          "Mobile Phone",
          "Business Phone",
          "Home Phone",
          "Other Phone",
          "Business Street",
          "Business City",
          "Business State",
          "Business Postal Code",
          "Business Country/Region",
          "Home Street",
          "Home City",
          "Home State",
          "Home Postal Code",
          "Home Country/Region",
          "Categories",
          "Notes");

  private static final int EMAILS = 8;
  private static final int PHONES = 11;
  private static final int WORK_ADDRESS = 15;
  private static final int HOME_ADDRESS = 20;

  private VcfSheetReader() {}

  static TextEncoding read(Path file, RowSink sink, ReadBudget budget, String encoding)
      throws IOException {
    var limits = budget.limits();
    var text =
        encoding == null || encoding.isBlank()
            ? TextEncoding.detect(file)
            : TextEncoding.chosen(file, TextEncoding.named(encoding));
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
      cells[6] = card.getOrganization().getValues().get(0);
    }
    if (!card.getTitles().isEmpty()) {
      cells[7] = text(card.getTitles().get(0).getValue());
    }
    emails(card, cells, notes);
    phones(card, cells, notes);
    addresses(card, cells, notes);
    if (card.getCategories() != null) {
      cells[25] = String.join(", ", card.getCategories().getValues());
    }
    card.getNotes().forEach(note -> notes.add(0, text(note.getValue())));
    cells[26] = String.join("\n", notes.stream().filter(n -> !n.isBlank()).toList());
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
   * the notes.
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

  private static void addresses(VCard card, String[] cells, List<String> notes) {
    for (Address address : card.getAddresses()) {
      int start = address.getTypes().contains(AddressType.WORK) ? WORK_ADDRESS : HOME_ADDRESS;
      if (!cells[start].isEmpty() || !cells[start + 1].isEmpty()) {
        start = start == WORK_ADDRESS ? HOME_ADDRESS : WORK_ADDRESS;
      }
      if (!cells[start].isEmpty() || !cells[start + 1].isEmpty()) {
        notes.add(
            "Address: "
                + String.join(
                    ", ",
                    List.of(
                            text(address.getStreetAddress()),
                            text(address.getPostalCode()),
                            text(address.getLocality()),
                            text(address.getCountry()))
                        .stream()
                        .filter(part -> !part.isBlank())
                        .toList()));
        continue;
      }
      cells[start] = text(address.getStreetAddress());
      cells[start + 1] = text(address.getLocality());
      cells[start + 2] = text(address.getRegion());
      cells[start + 3] = text(address.getPostalCode());
      cells[start + 4] = text(address.getCountry());
    }
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
