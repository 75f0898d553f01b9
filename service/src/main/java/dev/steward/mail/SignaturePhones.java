package dev.steward.mail;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import dev.steward.mail.SignatureProposals.Kind;
import dev.steward.mail.SignatureProposals.Phone;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The phone numbers in a signature's lines, found by libphonenumber, each with its kind from the
 * label written before it; fax numbers are left out.
 */
final class SignaturePhones {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private static final Pattern MOBILE_LABEL =
      Pattern.compile(
          "(?i)\\b(m|c|mob|mobile|cell|cellular|cell phone|handy|mobil|mobiltelefon)\\b\\.?\\s*[:.]?\\s*$");
  private static final Pattern WORK_LABEL =
      Pattern.compile(
          "(?i)\\b(t|tel|tele|telephone|phone|p|o|office|direct|"
              + "direct line|dd|ddi|dl|w|work|main|switchboard|telefon|b(ü|ue)ro|durchwahl|zentrale)\\b\\.?\\s*[:.]?\\s*$");
  private static final Pattern FAX_LABEL =
      Pattern.compile("(?i)\\b(f|fax|telefax)\\b\\.?\\s*[:.]?\\s*$");

  private final String region;

  /** Numbers written without a country code are read as numbers of {@code region}. */
  SignaturePhones(String region) {
    this.region = region;
  }

  List<Phone> in(List<String> lines) {
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
}
