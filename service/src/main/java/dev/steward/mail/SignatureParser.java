package dev.steward.mail;

import dev.steward.contacts.PhoneNumbers;
import dev.steward.mail.SignatureProposals.Phone;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads contact details out of the sender's signature ({@link SignatureBlock}) with a few plain
 * rules: libphonenumber for the numbers, word lists for the job title and the company, and the
 * sender's mail domain when no company is written.
 */
@Component
class SignatureParser {

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

  private final SignaturePhones phones;

  @Autowired
  SignatureParser(PhoneNumbers phoneNumbers) {
    this(phoneNumbers.defaultRegion());
  }

  /**
   * A parser for numbers written without a country code in {@code region} (such as US, GB or DE).
   */
  SignatureParser(String region) {
    this.phones = new SignaturePhones(region);
  }

  SignatureProposals parse(String text, String senderName, String senderEmail) {
    SignatureBlock block = SignatureBlock.of(text);
    if (block.lines().isEmpty()) {
      return SignatureProposals.NONE;
    }
    List<Phone> phones = this.phones.in(block.lines());
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
      company = CompanyDomains.companyFromDomain(senderEmail);
    }
    return new SignatureProposals(phones, company, jobTitle, website);
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
}
