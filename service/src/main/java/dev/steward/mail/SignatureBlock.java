package dev.steward.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a reply where the sender's signature is: the reply's own text only (quoted lines and
 * everything after an "On ... wrote:" or "From: ... Sent:" header are someone else's), and of it
 * the lines after the last sign-off, or the last lines when there is none.
 *
 * @param lines the block's non-blank lines
 * @param signedOff whether a sign-off ("Best regards") came before them
 */
record SignatureBlock(List<String> lines, boolean signedOff) {

  /**
   * Lines of the signature block at most: past that it is a disclaimer or the body of the message.
   */
  private static final int MAX_SIGNATURE_LINES = 15;

  /** Without a sign-off, the block is this many lines from the end. */
  private static final int TAIL_LINES = 12;

  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?i)^(--|—|__+|(best|kind|warm|warmest|many)"
              + "( regards| wishes)?|regards|best|thanks( again| so much| and regards)?|thank you( very much)?|many thanks|"
              + "cheers|sincerely|yours sincerely|yours faithfully|yours truly|all the best|take care|"
              + "mit freundlichen gr(ü|ue)(ß|ss)en|freundliche gr(ü|ue)(ß|ss)e|viele gr(ü|ue)(ß|ss)e|beste gr(ü|ue)(ß|ss)e|"
              + "liebe gr(ü|ue)(ß|ss)e|gr(ü|ue)(ß|ss)e)[\\s,.!]*$");
  private static final Pattern REPLY_HEADER =
      Pattern.compile(
          "(?i)^(-{2,}\\s*original message\\s*-{2,}|"
              + "-{2,}\\s*urspr(ü|ue)ngliche nachricht\\s*-{2,}|_{10,})$");
  private static final Pattern ON_WROTE_START = Pattern.compile("(?i)^(on|am)\\s.+");
  private static final Pattern ON_WROTE_END =
      Pattern.compile("(?i).*(wrote|schrieb)( [^:]{0,80})?:$");
  private static final Pattern FROM_LINE = Pattern.compile("(?i)^\\*?(from|von):\\*?\\s.+");
  private static final Pattern SENT_LINE =
      Pattern.compile("(?i)^\\*?(sent|date|gesendet|datum):\\*?\\s.+");

  static SignatureBlock of(String text) {
    return lastLines(ownText(text));
  }

  /**
   * The reply's own lines: cut at the first quoted-message header, quoted lines dropped, trailing
   * blanks trimmed.
   */
  static List<String> ownText(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> own = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (startsQuotedMessage(lines, i)) {
        break;
      }
      if (line.startsWith(">")) {
        continue;
      }
      own.add(line.replace('\u00a0', ' '));
    }
    while (!own.isEmpty() && own.get(own.size() - 1).isEmpty()) {
      own.remove(own.size() - 1);
    }
    return own;
  }

  private static boolean startsQuotedMessage(String[] lines, int index) {
    String line = lines[index].strip();
    if (REPLY_HEADER.matcher(line).matches()) {
      return true;
    }
    // "On Tue, 4 Mar 2025 at 09:12, Ann Lee <ann@example.com> wrote:" is often wrapped over two or
    // three lines.
    if (ON_WROTE_START.matcher(line).matches()) {
      StringBuilder joined = new StringBuilder(line);
      for (int next = index; next < Math.min(lines.length, index + 3); next++) {
        if (next > index) {
          joined.append(' ').append(lines[next].strip());
        }
        if (ON_WROTE_END.matcher(joined).matches()) {
          return true;
        }
      }
    }
    // Outlook's header block: "From: ..." followed closely by "Sent: ..." (or "Date:").
    if (FROM_LINE.matcher(line).matches()) {
      for (int next = index + 1; next < Math.min(lines.length, index + 4); next++) {
        if (SENT_LINE.matcher(lines[next].strip()).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The non-blank lines after the last sign-off, or the last lines of the message when there is no
   * sign-off.
   */
  private static SignatureBlock lastLines(List<String> own) {
    int signOff = -1;
    for (int i = own.size() - 1; i >= 0; i--) {
      if (SIGN_OFF.matcher(own.get(i)).matches()) {
        signOff = i;
        break;
      }
    }
    int from = signOff >= 0 ? signOff + 1 : Math.max(0, own.size() - TAIL_LINES);
    List<String> lines =
        own.subList(from, own.size()).stream()
            .filter(line -> !line.isBlank())
            .limit(MAX_SIGNATURE_LINES)
            .toList();
    return new SignatureBlock(lines, signOff >= 0);
  }
}
