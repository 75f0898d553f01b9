package dev.steward.spreadsheets.read;

/** How unlike words a text decoded in a candidate charset reads, to tell charsets apart. */
final class TextOddities {

  private TextOddities() {}

  /**
   * How unlike words the non-ASCII characters read: a capital after a lower-case letter ("MŸller"
   * for Mac Roman's "Müller" read as Windows-1252), a symbol or control between two letters ("Ren¨"
   * for ISO-8859-15's "Renš"), a letter of another script glued to Latin letters.
   */
  static int count(String text) {
    int odd = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (Character.isLetter(c)) {
        if (Character.isUpperCase(c)
            && Character.isLetter(before)
            && (Character.isLowerCase(before) || Character.isLowerCase(after))) {
          odd++;
        }
        if (Character.isLetter(before) && script(before) != script(c)) {
          odd++;
        }
        if (Character.isLetter(after) && script(after) != script(c)) {
          odd++;
        }
      } else if (Character.isLetter(before) && Character.isLetter(after)) {
        odd += 2;
      } else if (Character.isISOControl(c) || c == '\uFFFD') {
        odd += 2;
      } else if (Character.isLetter(before) || Character.isLetter(after)) {
        odd++;
      }
    }
    return odd;
  }

  private static Character.UnicodeScript script(char c) {
    var script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
        ? Character.UnicodeScript.LATIN
        : script;
  }
}
