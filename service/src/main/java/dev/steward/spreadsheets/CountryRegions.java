package dev.steward.spreadsheets;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A country as exports write it ("United Kingdom", "UK", "GBR", "Deutschland", "Россия") to its ISO
 * 3166 code, the region its phone numbers are read in. Names come from the JDK's locale data in the
 * languages Steward's header synonyms cover.
 */
final class CountryRegions {

  private static final List<Locale> LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.GERMAN,
          Locale.FRENCH,
          Locale.ITALIAN,
          new Locale("es"),
          new Locale("nl"),
          new Locale("pt"),
          new Locale("pl"),
          new Locale("ru"),
          new Locale("sv"),
          new Locale("da"));

  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      var country = new Locale("", code);
      BY_NAME.put(normalise(code), code);
      try {
        BY_NAME.put(normalise(country.getISO3Country()), code);
      } catch (java.util.MissingResourceException e) {
        // A country without a three-letter code is known by its name and two-letter code.
      }
      for (var language : LANGUAGES) {
        BY_NAME.putIfAbsent(normalise(country.getDisplayCountry(language)), code);
      }
    }
    for (String alias :
        List.of(
            "uk", "england", "scotland", "wales", "northern ireland", "great britain", "britain")) {
      BY_NAME.put(normalise(alias), "GB");
    }
    for (String alias :
        List.of("usa", "u.s.a.", "u.s.", "us", "united states of america", "america")) {
      BY_NAME.put(normalise(alias), "US");
    }
    BY_NAME.put(normalise("Holland"), "NL");
    BY_NAME.put(normalise("Czech Republic"), "CZ");
  }

  private CountryRegions() {}

  /** The region code of a country cell, or null when it names no country Steward knows. */
  static String of(String country) {
    if (country == null || country.isBlank()) {
      return null;
    }
    // An import asks for the same few countries row after row: each is normalised once.
    String known = SEEN.get(country);
    if (known == null) {
      known = BY_NAME.getOrDefault(normalise(country), "");
      if (SEEN.size() < MAX_SEEN) {
        SEEN.put(country, known);
      }
    }
    return known.isEmpty() ? null : known;
  }

  /** Country cells already looked up, as written, to their code ("" for none). */
  private static final Map<String, String> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_SEEN = 10_000;

  private static String normalise(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
