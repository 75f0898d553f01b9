package dev.steward.spreadsheets;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Header names Steward recognises, read from one resource file per language ({@code
 * imports/headers/<lang>.tsv}): everyday synonyms plus the header sets of Outlook's contacts export
 * in the languages it ships in, Outlook.com, Google Contacts (old and new), Thunderbird, HubSpot,
 * Salesforce, Zoho and LinkedIn. Headers are compared lower-cased, without accents and with
 * everything but letters and digits removed ("E-mail 2 Address" → "email2address"). Columns a
 * contact has no field for (birthday, web page, gender, ...) are not listed and come up
 * unrecognised, to be ignored or mapped to a custom field.
 */
final class HeaderSynonyms {

  /**
   * A recognised header: the field, how primary it is among columns of the same field (lower
   * first), and whose the value is (work, home, mobile, other; null when the header does not say).
   */
  record Match(ImportField field, int rank, String label) {

    Match(ImportField field, int rank) {
      this(field, rank, null);
    }
  }

  /**
   * The languages whose files are read, in order: the first file to list a header decides what it
   * means.
   */
  static final List<String> LANGUAGES =
      List.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru");

  private static final Map<String, Match> SYNONYMS = new HashMap<>();

  static {
    for (String language : LANGUAGES) {
      load(language);
    }
  }

  private HeaderSynonyms() {}

  private static void load(String language) {
    String path = "/imports/headers/" + language + ".tsv";
    try (var in = HeaderSynonyms.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing header synonyms " + path);
      }
      var lines =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 3) {
          throw new IllegalStateException(
              path + " line " + (i + 1) + ": expected field, label and header");
        }
        add(ImportField.of(parts[0]), parts[1].equals("-") ? null : parts[1], parts[2].strip());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void add(ImportField field, String label, String header) {
    // The first listing of a header wins, and its position within its field is its rank.
    // Only the relative order within one field matters, and the order of listing gives it.
    SYNONYMS.putIfAbsent(normalise(header), new Match(field, SYNONYMS.size(), label));
  }

  /** What a header is recognised as, or null. */
  static Match match(String header) {
    return header == null ? null : SYNONYMS.get(normalise(header));
  }

  /** The detected mapping of a header row; blank headers become "Column C" and are ignored. */
  static List<ColumnMapping> detect(List<String> header) {
    var normalised = header.stream().map(HeaderSynonyms::normalise).toList();
    // "Title" is a salutation in Outlook's export (which also has "Job Title") but the job title in
    // Salesforce's
    // (which has "Salutation" for Mr/Ms).
    boolean titleIsJob = normalised.contains("salutation") && !normalised.contains("jobtitle");
    var mappings = new java.util.ArrayList<ColumnMapping>();
    var prefixSeen = new java.util.HashSet<String>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      var match =
          titleIsJob && normalised.get(i).equals("title")
              ? new Match(ImportField.JOB_TITLE, 0)
              : match(name);
      // French Outlook names both the salutation and the job title "Titre": the second is the job.
      if (match != null
          && match.field() == ImportField.NAME_PREFIX
          && !prefixSeen.add(normalised.get(i))) {
        match = new Match(ImportField.JOB_TITLE, 0);
      }
      mappings.add(
          new ColumnMapping(
              i,
              name,
              match == null ? ImportField.IGNORE : match.field(),
              null,
              match != null,
              match == null ? null : match.label(),
              null));
    }
    return mappings;
  }

  /**
   * Header cells as shown to the user: blank or merged-away cells are named by their column letter.
   */
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
    // Letters of every script count: Russian and Polish headers are as much names as English ones.
    return plain.toLowerCase(Locale.ROOT).replace("ß", "ss").replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
