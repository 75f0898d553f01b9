package dev.steward.mail;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import dev.steward.contacts.PhoneNumbers;
import dev.steward.mail.SignatureProposals.Kind;
import dev.steward.mail.SignatureProposals.Phone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads the sender's signature out of a plain-text message body with a few plain rules: the reply's
 * own text only (quoted lines and everything after an "On ... wrote:" or "From: ... Sent:" header
 * are someone else's), the lines after the last sign-off (or the last lines when there is none),
 * libphonenumber for the numbers, and word lists for the job title and the company.
 */
@Component
class SignatureParser {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

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

  private static final Pattern TITLE =
      Pattern.compile(
          "(?i)\\b(manager|director|partner|adviser|advisor|planner|"
              + "associate|ceo|cfo|coo|cto|founder|co-founder|attorney|paralegal|accountant|consultant|officer|head of|"
              + "president|vice president|vp|principal|analyst|counsel|solicitor|lawyer|trustee|secretary|assistant|"
              + "administrator|specialist|executive|chair|chairman|chairwoman|owner|lead|engineer|"
              + "gesch(ä|ae)ftsf(ü|ue)hrer(in)?|steuerberater(in)?|rechtsanw(a|ä)lt(in)?|berater(in)?|leiter(in)?|"
              + "prokurist(in)?|wirtschaftspr(ü|ue)fer(in)?)\\b");
  private static final Pattern COMPANY =
      Pattern.compile(
          "(?i)(\\b(ltd|limited|llc|inc|incorporated|llp|lp|plc|"
              + "gmbh|ag|kg|mbh|corp|corporation|partners|group|associates|trust|bank|holdings|company)\\b\\.?|&\\s*co\\b"
              + "|\\bpartnerschaft\\b)");
  private static final Pattern URL = Pattern.compile("(?i)\\b((https?://|www\\.)[^\\s<>()\"']+)");
  private static final Pattern BARE_DOMAIN =
      Pattern.compile(
          "(?i)(?<![@\\w.-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:com|net|org|biz|law|co\\.uk|uk|de|us|ca|eu|io))"
              + "(?![\\w@-])(/\\S*)?");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

  private static final Pattern MOBILE_LABEL =
      Pattern.compile(
          "(?i)\\b(m|c|mob|mobile|cell|cellular|cell phone|handy|mobil|mobiltelefon)\\b\\.?\\s*[:.]?\\s*$");
  private static final Pattern WORK_LABEL =
      Pattern.compile(
          "(?i)\\b(t|tel|tele|telephone|phone|p|o|office|direct|"
              + "direct line|dd|ddi|dl|w|work|main|switchboard|telefon|b(ü|ue)ro|durchwahl|zentrale)\\b\\.?\\s*[:.]?\\s*$");
  private static final Pattern FAX_LABEL =
      Pattern.compile("(?i)\\b(f|fax|telefax)\\b\\.?\\s*[:.]?\\s*$");

  // Mail providers whose domain says nothing about where the sender works.
  private static final Set<String> FREE_MAIL =
      Set.of(
          "gmail",
          "googlemail",
          "outlook",
          "hotmail",
          "live",
          "msn",
          "yahoo",
          "ymail",
          "icloud",
          "me",
          "mac",
          "aol",
          "gmx",
          "web",
          "t-online",
          "proton",
          "protonmail",
          "pm",
          "mail",
          "fastmail",
          "zoho",
          "yandex",
          "btinternet",
          "comcast",
          "verizon",
          "att",
          "sky",
          "virginmedia");
  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "org", "net", "ac", "gov", "ltd", "plc");

  private final String region;

  @Autowired
  SignatureParser(PhoneNumbers phoneNumbers) {
    this(phoneNumbers.defaultRegion());
  }

  /**
   * A parser for numbers written without a country code in {@code region} (such as US, GB or DE).
   */
  SignatureParser(String region) {
    this.region = region;
  }

  SignatureProposals parse(String text, String senderName, String senderEmail) {
    List<String> own = ownText(text);
    Block block = signature(own);
    if (block.lines().isEmpty()) {
      return SignatureProposals.NONE;
    }
    List<Phone> phones = phones(block.lines());
    String jobTitle = jobTitle(block.lines(), senderName);
    String company = company(block.lines(), jobTitle);
    String website = website(block.lines());
    boolean found =
        block.signedOff()
            || !phones.isEmpty()
            || jobTitle != null
            || company != null
            || website != null;
    if (!found) {
      return SignatureProposals.NONE;
    }
    if (company == null) {
      company = companyFromDomain(senderEmail);
    }
    return new SignatureProposals(phones, company, jobTitle, website);
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
  private static Block signature(List<String> own) {
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
    return new Block(lines, signOff >= 0);
  }

  private List<Phone> phones(List<String> lines) {
    Map<String, Phone> found = new LinkedHashMap<>();
    for (String line : lines) {
      int previousEnd = 0;
      for (PhoneNumberMatch match :
          PHONES.findNumbers(line, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
        String label = line.substring(previousEnd, match.start());
        previousEnd = match.end();
        if (FAX_LABEL.matcher(label).find()) {
          continue;
        }
        String e164 = PHONES.format(match.number(), PhoneNumberFormat.E164);
        found.putIfAbsent(e164, new Phone(e164, match.rawString(), kind(label, match)));
      }
    }
    return List.copyOf(found.values());
  }

  // The label right before the number decides; without one, a number whose plan says "mobile" (UK
  // 07..., German
  // 015x-017x) is a mobile. North American numbers do not tell, and stay unknown.
  private static Kind kind(String label, PhoneNumberMatch match) {
    if (MOBILE_LABEL.matcher(label).find()) {
      return Kind.MOBILE;
    }
    if (WORK_LABEL.matcher(label).find()) {
      return Kind.WORK;
    }
    return PHONES.getNumberType(match.number()) == PhoneNumberType.MOBILE
        ? Kind.MOBILE
        : Kind.UNKNOWN;
  }

  /**
   * A title-like line (or part of one) next to the sender's name, else the first title-like line
   * near the top.
   */
  private static String jobTitle(List<String> lines, String senderName) {
    int nameLine = nameLine(lines, senderName);
    if (nameLine >= 0) {
      for (int i = nameLine; i < Math.min(lines.size(), nameLine + 3); i++) {
        String title =
            titleIn(i == nameLine ? withoutName(lines.get(i), senderName) : lines.get(i));
        if (title != null) {
          return title;
        }
      }
    }
    for (int i = 0; i < Math.min(lines.size(), 6); i++) {
      String title = titleIn(nameLine == i ? withoutName(lines.get(i), senderName) : lines.get(i));
      if (title != null) {
        return title;
      }
    }
    return null;
  }

  private static String titleIn(String line) {
    for (String part : parts(line)) {
      if (TITLE.matcher(part).find() && !COMPANY.matcher(part).find() && looksLikeText(part)) {
        return part;
      }
    }
    return null;
  }

  private static String company(List<String> lines, String jobTitle) {
    for (String line : lines) {
      for (String part : parts(line)) {
        if (part.equals(jobTitle) || !looksLikeText(part)) {
          continue;
        }
        if (COMPANY.matcher(part).find()) {
          return part;
        }
      }
    }
    return null;
  }

  private static String website(List<String> lines) {
    for (String line : lines) {
      String withoutEmails = EMAIL.matcher(line).replaceAll(" ");
      Matcher url = URL.matcher(withoutEmails);
      String found = url.find() ? url.group(1) : null;
      if (found == null) {
        Matcher domain = BARE_DOMAIN.matcher(withoutEmails);
        found = domain.find() ? domain.group() : null;
      }
      if (found != null) {
        found = found.replaceAll("[.,;:!?)]+$", "");
        return found.toLowerCase(Locale.ROOT).startsWith("http") ? found : "https://" + found;
      }
    }
    return null;
  }

  /** "hartwell-wealth.co.uk" becomes "Hartwell Wealth"; free mail providers give nothing. */
  static String companyFromDomain(String email) {
    if (email == null || !email.contains("@")) {
      return null;
    }
    List<String> labels =
        new ArrayList<>(
            Arrays.asList(
                email
                    .substring(email.lastIndexOf('@') + 1)
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .split("\\.")));
    if (labels.size() < 2) {
      return null;
    }
    labels.remove(labels.size() - 1);
    if (labels.size() > 1 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
      labels.remove(labels.size() - 1);
    }
    String name = labels.get(labels.size() - 1);
    if (name.isEmpty() || FREE_MAIL.contains(name)) {
      return null;
    }
    StringBuilder company = new StringBuilder();
    for (String word : name.split("[-_]+")) {
      if (!word.isEmpty()) {
        company
            .append(company.isEmpty() ? "" : " ")
            .append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1));
      }
    }
    return company.isEmpty() ? null : company.toString();
  }

  private static int nameLine(List<String> lines, String senderName) {
    if (senderName == null || senderName.isBlank()) {
      return -1;
    }
    String name = normalizedName(senderName);
    String[] words = name.split(" ");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).toLowerCase(Locale.ROOT);
      if (line.contains(name)
          || (words.length > 1
              && line.contains(words[0])
              && line.contains(words[words.length - 1])
              && line.length() < 80)) {
        return i;
      }
    }
    return -1;
  }

  // "Smith, Jane" and "Jane Smith (Hartwell)" as Outlook shows display names: first name first, no
  // extras.
  private static String normalizedName(String senderName) {
    String name = senderName.replaceAll("\\(.*?\\)|\\[.*?]", "").strip();
    int comma = name.indexOf(',');
    if (comma > 0) {
      name = name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
    }
    return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static String withoutName(String line, String senderName) {
    String name = normalizedName(senderName);
    String lower = line.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(name);
    if (at < 0) {
      return line;
    }
    return (line.substring(0, at) + line.substring(at + name.length()))
        .replaceAll("^[\\s,|–-]+|[\\s,|–-]+$", "");
  }

  /** A line split at the separators signatures use between title, company and contact details. */
  private static List<String> parts(String line) {
    return Arrays.stream(line.split("\\s*(\\||•|·|\\u2022|\\s[–—-]\\s)\\s*"))
        .map(String::strip)
        .filter(part -> !part.isEmpty())
        .toList();
  }

  // A title or company is a short run of words, not an address, a number or a URL.
  private static boolean looksLikeText(String part) {
    return part.length() <= 80
        && part.split("\\s+").length <= 10
        && !part.contains("@")
        && !part.contains("://")
        && !part.toLowerCase(Locale.ROOT).startsWith("www.")
        && part.chars().filter(Character::isDigit).count() < 4
        && !part.endsWith(":");
  }

  private record Block(List<String> lines, boolean signedOff) {}
}
