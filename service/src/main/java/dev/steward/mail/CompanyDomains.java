package dev.steward.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a sender's mail domain says about where they work. */
final class CompanyDomains {

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

  private CompanyDomains() {}

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
}
